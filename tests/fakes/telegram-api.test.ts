import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, GrammyError, InlineKeyboard } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_GROUP_ID, DEFAULT_USER, FAKE_BOT_INFO, FakeTelegramApi } from './telegram-api.js';

let fake: FakeTelegramApi;
let bot: Bot;
let polling: Promise<void> | undefined;

beforeEach(async () => {
  fake = new FakeTelegramApi();
  await fake.start();
  bot = new Bot(fake.token, { botInfo: FAKE_BOT_INFO, client: { apiRoot: fake.apiRoot } });
  polling = undefined;
});

afterEach(async () => {
  if (polling) {
    await bot.stop();
    // Surfaces anything that made grammY's polling loop give up (401, 409, an uncaught handler error).
    await polling;
  }
  await fake.stop();
});

/** Handlers must be registered before this: grammY forbids bot.use() once polling has started. */
function startBot(): void {
  polling = bot.start({ drop_pending_updates: false });
}

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

/** A deferred value a handler can hand to the test. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

async function rawCall(method: string, body: Record<string, unknown>, token = fake.token) {
  const response = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('FakeTelegramApi with a real grammY bot', () => {
  it('delivers a private message and records the reply', async () => {
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    startBot();

    const update = fake.sendPrivateText('Hello', { languageCode: 'ru' });
    const reply = await fake.waitForCall('sendMessage');

    expect(update.message?.from.language_code).toBe('ru');
    expect(reply.params).toMatchObject({ chat_id: DEFAULT_USER.id, text: 'echo: Hello' });
    const sent = defined(reply.result, 'a sent message');
    expect(sent.from?.id).toBe(FAKE_BOT_INFO.id);
    expect(sent.chat).toMatchObject({ id: DEFAULT_USER.id, type: 'private' });
    // The user's message took id 1 in this chat, so the bot's reply is the next one.
    expect(sent.message_id).toBe(defined(update.message, 'a message').message_id + 1);
    expect(fake.sendMessageCount(DEFAULT_USER.id)).toBe(1);
  });

  it('confirms updates through the offset, so none is delivered twice', async () => {
    const seen: number[] = [];
    bot.on('message:text', async (ctx) => {
      seen.push(ctx.update.update_id);
      await ctx.reply(`ok ${ctx.message.text}`);
    });
    startBot();

    const first = fake.sendPrivateText('one');
    await fake.waitForCall('sendMessage');
    const second = fake.sendPrivateText('two');
    await fake.waitForCall('sendMessage', (call) => call.params.text === 'ok two');
    // The poll that follows the second batch carries the offset that confirms it.
    await fake.waitForCall('getUpdates', (call) => call.params.offset === second.update_id + 1);

    expect(seen).toEqual([first.update_id, second.update_id]);
    expect(fake.pendingUpdates).toEqual([]);
    expect(fake.callsOf('sendMessage')).toHaveLength(2);
  });

  it('answers a 429 with retry_after, and auto-retry sends again', async () => {
    bot.api.config.use(autoRetry());
    bot.on('message:text', (ctx) => ctx.reply('after the wait'));
    fake.failNext('sendMessage', { kind: 'rate_limit', retryAfter: 1 });
    startBot();

    fake.sendPrivateText('hi');
    const success = await fake.waitForCall('sendMessage', (call) => call.fault === undefined);

    const attempts = fake.callsOf('sendMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]?.fault).toEqual({ kind: 'rate_limit', retryAfter: 1 });
    expect(attempts[0]?.error).toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    expect(attempts[1]).toBe(success);
    expect(success.result?.text).toBe('after the wait');
    expect(fake.sendMessageCount(DEFAULT_USER.id)).toBe(1);
  });

  it('surfaces a blocked user as a GrammyError with error_code 403', async () => {
    const failure = deferred<unknown>();
    bot.on('message:text', async (ctx) => {
      try {
        await ctx.reply('you will not see this');
        failure.resolve(undefined);
      } catch (error) {
        failure.resolve(error);
      }
    });
    fake.failNext('sendMessage', { kind: 'blocked' });
    startBot();

    fake.sendPrivateText('hi');
    const error = await failure.promise;

    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(403);
    expect((error as GrammyError).description).toBe('Forbidden: bot was blocked by the user');
    expect(fake.callsOf('sendMessage')[0]?.fault).toEqual({ kind: 'blocked' });
    expect(fake.sendMessageCount()).toBe(0);
  });

  it('reports chat member statuses, and a group mention reaches the bot with its entity', async () => {
    fake.setChatMemberStatus(DEFAULT_GROUP_ID, 2002, 'creator');
    bot.on('message:entities:mention', async (ctx) => {
      const author = await ctx.getAuthor();
      await ctx.reply(`${author.status}: ${ctx.entities('mention')[0]?.text}`);
    });
    startBot();

    fake.sendGroupText('hey @bala_test_bot, who am I?', { from: { id: 2002, first_name: 'Owner' } });
    const reply = await fake.waitForCall('sendMessage');

    expect(reply.params).toMatchObject({ chat_id: DEFAULT_GROUP_ID, text: 'creator: @bala_test_bot' });
    expect(reply.result?.chat).toMatchObject({ id: DEFAULT_GROUP_ID, type: 'supergroup' });
    expect(fake.callsOf('getChatMember')[0]?.params).toMatchObject({
      chat_id: DEFAULT_GROUP_ID,
      user_id: 2002,
    });
    expect((await bot.api.getChatMember(DEFAULT_GROUP_ID, DEFAULT_USER.id)).status).toBe('member');
    fake.setChatMemberStatus(DEFAULT_GROUP_ID, DEFAULT_USER.id, 'administrator');
    expect((await bot.api.getChatMember(DEFAULT_GROUP_ID, DEFAULT_USER.id)).status).toBe('administrator');
    expect(await bot.api.getChat(DEFAULT_GROUP_ID)).toMatchObject({
      id: DEFAULT_GROUP_ID,
      type: 'supergroup',
    });
  });

  it('round-trips a command, a button press, answerCallbackQuery and an edit', async () => {
    bot.command('menu', (ctx) =>
      ctx.reply('Pick one', { reply_markup: new InlineKeyboard().text('Yes', 'yes') }),
    );
    bot.callbackQuery('yes', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Noted' });
      await ctx.editMessageText('You chose yes');
    });
    startBot();

    fake.sendCommand('menu');
    const menu = defined((await fake.waitForCall('sendMessage')).result, 'the menu message');
    expect(() => fake.pressButton('no', menu)).toThrow(/no button with callback_data "no"/);
    const press = fake.pressButton('yes', menu);

    const answer = await fake.waitForCall('answerCallbackQuery');
    const edit = await fake.waitForCall('editMessageText');
    expect(answer.params).toMatchObject({ callback_query_id: press.callback_query?.id, text: 'Noted' });
    expect(answer.result).toBe(true);
    expect(edit.params).toMatchObject({ chat_id: DEFAULT_USER.id, message_id: menu.message_id });
    // Telegram drops the keyboard when an edit omits reply_markup; the fake mirrors that.
    const messages = fake.sentMessages(DEFAULT_USER.id);
    expect(messages.map((message) => [message.message_id, message.text])).toEqual([
      [menu.message_id, 'You chose yes'],
    ]);
    expect(messages[0]?.reply_markup).toBeUndefined();
  });

  it('round-trips an inline query through answerInlineQuery', async () => {
    bot.on('inline_query', (ctx) =>
      ctx.answerInlineQuery([
        {
          type: 'article',
          id: 'rights',
          title: ctx.inlineQuery.query,
          input_message_content: { message_text: 'Children have rights' },
        },
      ]),
    );
    startBot();

    const update = fake.sendInlineQuery('rights');
    const answer = await fake.waitForCall('answerInlineQuery');

    expect(answer.params.inline_query_id).toBe(update.inline_query?.id);
    expect(answer.params.results).toEqual([expect.objectContaining({ id: 'rights', title: 'rights' })]);
    await expect(bot.api.answerInlineQuery('not-a-query', [])).rejects.toMatchObject({ error_code: 400 });
  });
});

describe('FakeTelegramApi over raw HTTP', () => {
  it('holds a long poll open until an update is pushed', async () => {
    const events: string[] = [];
    const poll = rawCall('getUpdates', { timeout: 30 }).then((response) => {
      events.push('answered');
      return response;
    });
    const pending = await fake.waitForCall('getUpdates');
    expect(pending.result).toBeUndefined();
    // Room for a premature answer to reach the client, so the ordering check below could catch it.
    await new Promise((resolve) => setTimeout(resolve, 100));

    events.push('pushed');
    const update = fake.sendPrivateText('wake up');
    const { status, body } = await poll;

    expect(events).toEqual(['pushed', 'answered']);
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, result: [JSON.parse(JSON.stringify(update))] });
    expect(pending.result).toEqual([update]);
  });

  it('answers an empty long poll with [] once the timeout passes', async () => {
    expect(await rawCall('getUpdates', { timeout: 1 })).toEqual({
      status: 200,
      body: { ok: true, result: [] },
    });
  });

  it('keeps unconfirmed updates and forgets them once the offset passes them', async () => {
    const update = fake.sendPrivateText('keep me');
    const ids = async (params: Record<string, unknown>) =>
      ((await rawCall('getUpdates', params)).body.result as Update[]).map((u) => u.update_id);

    expect(await ids({})).toEqual([update.update_id]);
    expect(await ids({})).toEqual([update.update_id]);
    const next = fake.sendPrivateText('and me');
    expect(await ids({ limit: 1 })).toEqual([update.update_id]);
    expect(await ids({ offset: next.update_id })).toEqual([next.update_id]);
    expect(await ids({ offset: next.update_id + 1 })).toEqual([]);
    expect(await ids({})).toEqual([]);
  });

  it('ends a second concurrent poll the way Telegram does, with 409', async () => {
    const first = rawCall('getUpdates', { timeout: 30 });
    await fake.waitForCall('getUpdates');
    const second = rawCall('getUpdates', { timeout: 0 });

    expect((await first).status).toBe(409);
    expect((await second).body).toEqual({ ok: true, result: [] });
  });

  it('answers pending long polls with [] on stop()', async () => {
    const poll = rawCall('getUpdates', { timeout: 30 });
    await fake.waitForCall('getUpdates');
    await fake.stop();
    expect(await poll).toEqual({ status: 200, body: { ok: true, result: [] } });
  });

  it('rejects a wrong token with 401 and an unknown method with 404', async () => {
    expect(await rawCall('getMe', {}, '999:WRONG')).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect(await rawCall('sendTelepathy', {})).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found: method not found' },
    });
  });

  it('accepts form-encoded bodies and query strings', async () => {
    const form = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({
        chat_id: '42',
        text: 'from a form',
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }),
      }),
    });
    const query = await fetch(
      `${fake.apiRoot}/bot${fake.token}/sendMessage?chat_id=-5&text=from%20a%20query`,
    );

    expect(await form.json()).toMatchObject({
      ok: true,
      result: {
        chat: { id: 42, type: 'private' },
        text: 'from a form',
        reply_markup: { inline_keyboard: [[{ text: 'A' }]] },
      },
    });
    expect(await query.json()).toMatchObject({
      ok: true,
      result: { chat: { id: -5, type: 'group' }, text: 'from a query' },
    });
  });
});

describe('FakeTelegramApi validation and faults through bot.api', () => {
  it('passes server errors through, then recovers', async () => {
    fake.failNext('getMe', { kind: 'server_error', status: 502 }, 2);
    for (let i = 0; i < 2; i++) {
      await expect(bot.api.getMe()).rejects.toMatchObject({ error_code: 502, description: 'Bad Gateway' });
    }
    expect(await bot.api.getMe()).toEqual(FAKE_BOT_INFO);
    expect(fake.callsOf('getMe').map((call) => call.fault?.kind)).toEqual([
      'server_error',
      'server_error',
      undefined,
    ]);
  });

  it('rejects what Telegram rejects in sendMessage and keeps HTML as plain text', async () => {
    const sent = await bot.api.sendMessage(7, '<b>Rights</b> &amp; duties', { parse_mode: 'HTML' });
    expect(sent.text).toBe('Rights & duties');
    await expect(bot.api.sendMessage(7, 'a < b', { parse_mode: 'HTML' })).rejects.toMatchObject({
      error_code: 400,
      description: expect.stringContaining("can't parse entities"),
    });
    await expect(bot.api.sendMessage(7, 'x'.repeat(4097))).rejects.toMatchObject({
      description: 'Bad Request: message is too long',
    });
    await expect(bot.api.editMessageText(7, sent.message_id, 'Rights & duties')).rejects.toMatchObject({
      description: expect.stringContaining('message is not modified'),
    });
    expect(fake.sendMessageCount(7)).toBe(1);
  });

  it('stores commands per scope and language', async () => {
    await bot.api.setMyCommands([{ command: 'help', description: 'What Bala can do' }], {
      language_code: 'kk',
    });
    expect(await bot.api.getMyCommands({ language_code: 'kk' })).toEqual([
      { command: 'help', description: 'What Bala can do' },
    ]);
    expect(await bot.api.getMyCommands()).toEqual([]);
    await expect(bot.api.setMyCommands([{ command: 'Help', description: 'x' }])).rejects.toMatchObject({
      description: 'Bad Request: BOT_COMMAND_INVALID',
    });
  });
});
