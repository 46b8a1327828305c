import { Api, HttpError } from 'grammy';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningPlatform } from '../../adapters/platform-deps.js';
import { startTelegram } from '../../adapters/telegram/index.js';
import { loggableError } from '../../adapters/telegram/loggable-error.js';
import { BalaCore } from '../../src/core.js';
import { en } from '../../src/i18n/en.js';
import type { Lang } from '../../src/localized.js';
import type { Reply } from '../../src/reply.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import { shippedCore, shippedKnowledge, storedSubscriptions } from '../helpers.js';
import {
  type Harness,
  memoryLog,
  messagesTo,
  nthMessage,
  startHarness,
  TOKEN,
  telegramSettings,
  testConfig,
  waitForMessages,
} from './harness.js';

const USER = DEFAULT_USER.id;
const QUESTION = 'How many children live in Kazakhstan?';
/** Nothing on this port: requests to it fail the way a network outage does. */
const DEAD_API_ROOT = 'http://127.0.0.1:9';

let harness: Harness | undefined;
let running: RunningPlatform | undefined;
let fake: FakeTelegramApi | undefined;

afterEach(async () => {
  await harness?.stop();
  await running?.stop();
  await fake?.stop();
  harness = undefined;
  running = undefined;
  fake = undefined;
});

/** Fails its first reply, as a bug in a handler would, then works. */
class FailingOnceCore extends BalaCore {
  private failed = false;

  override reply(text: string, lang: Lang = 'en'): Reply {
    if (!this.failed) {
      this.failed = true;
      throw new Error('core failed');
    }
    return super.reply(text, lang);
  }
}

describe('Telegram reliability', () => {
  it('apologises for a failing handler and keeps answering', async () => {
    harness = await startHarness({ core: new FailingOnceCore(shippedKnowledge()) });
    harness.fake.sendPrivateText(QUESTION);
    expect((await nthMessage(harness.fake, USER, 1)).text).toBe(en.somethingWrong);
    harness.fake.sendPrivateText(QUESTION);
    expect((await nthMessage(harness.fake, USER, 2)).text).toContain('31.4%');

    const failure = harness.log.lines().find((line) => line.includes('telegram update failed'));
    expect(JSON.parse(failure ?? '{}')).toMatchObject({
      level: 50,
      updateType: 'message',
      updateId: expect.any(Number),
      err: { message: 'core failed' },
    });
  });

  it('asks a person who writes too fast to slow down, once per window', async () => {
    harness = await startHarness({ env: { QUESTIONS_PER_MINUTE: '2' } });
    const { fake } = harness;
    for (let i = 0; i < 5; i++) fake.sendPrivateText(QUESTION);
    // Someone else is not limited; their answer also shows the five messages before were handled.
    const other = { id: 5005, first_name: 'Other' };
    fake.sendPrivateText(QUESTION, { from: other });
    await waitForMessages(fake, other.id, 1);

    const sent = messagesTo(fake, USER).map((s) => s.text);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toContain('31.4%');
    expect(sent[1]).toContain('31.4%');
    expect(sent[2]).toBe(en.tooManyQuestions);
  });

  it('does not count group messages that are not for the bot', async () => {
    harness = await startHarness({ env: { QUESTIONS_PER_MINUTE: '1' } });
    const { fake } = harness;
    for (let i = 0; i < 3; i++) fake.sendGroupText('just chatting');
    fake.sendCommand('ask', QUESTION, 'group');
    expect((await nthMessage(fake, DEFAULT_GROUP_ID, 1)).text).toContain('31.4%');
  });

  it('waits out a 429 and retries a 5xx, then sends (auto-retry, via startTelegram)', async () => {
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const log = memoryLog();
    const config = testConfig({ TELEGRAM_API_ROOT: fake.apiRoot });
    running = await startTelegram(
      { core: shippedCore(), config, logger: log.logger, subscriptions: storedSubscriptions() },
      telegramSettings(config),
    );
    await fake.waitForCall('getUpdates');
    expect(running.isReady()).toBe(true);

    fake.failNext('sendMessage', { kind: 'rate_limit', retryAfter: 1 });
    fake.sendPrivateText(QUESTION);
    const success = await fake.waitForCall('sendMessage', (c) => c.result !== undefined);
    const attempts = fake.callsOf('sendMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]?.error?.error_code).toBe(429);
    expect(success.result?.text).toContain('31.4%');
    expect(fake.callsOf('setMyCommands')[0]?.params.commands).toContainEqual({
      command: 'ask',
      description: en.commandAsk,
    });

    // A 5xx is retried with backoff, once here, and the person still gets the answer.
    fake.failNext('sendMessage', { kind: 'server_error', status: 502 });
    fake.sendPrivateText(QUESTION);
    await fake.waitForCall('sendMessage', (c) => c.result !== undefined && c !== success);
    const afterServerError = fake.callsOf('sendMessage').slice(2);
    expect(afterServerError.map((c) => c.error?.error_code ?? 'ok')).toEqual([502, 'ok']);

    // Scheduled posts are not retried here: the scheduler gets the wait back and plans around it.
    fake.failNext('sendMessage', { kind: 'rate_limit', retryAfter: 30 });
    expect(await running.publisher.publish(String(USER), shippedCore().randomFact('en'))).toMatchObject({
      status: 'failed',
      retryAfterMs: 30_000,
    });

    await running.stop();
    await running.stop();
    expect(running.isReady()).toBe(false);
  });

  it('keeps running when setMyCommands fails, with a warning', async () => {
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    fake.failNext('setMyCommands', { kind: 'error', errorCode: 400, description: 'Bad Request: nope' });
    const log = memoryLog();
    const config = testConfig({ TELEGRAM_API_ROOT: fake.apiRoot });
    running = await startTelegram(
      { core: shippedCore(), config, logger: log.logger, subscriptions: storedSubscriptions() },
      telegramSettings(config),
    );
    fake.sendPrivateText(QUESTION);
    expect((await nthMessage(fake, USER, 1)).text).toContain('31.4%');
    const warning = log.lines().find((line) => line.includes('could not set the command menu'));
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40, err: { error_code: 400 } });
  });
});

describe('Telegram logs', () => {
  it('never contain the bot token, even from a network error that carries the request URL', async () => {
    // A real grammY network failure: its cause is node-fetch's error, which names the URL with the token.
    const failure = await new Api(TOKEN, { apiRoot: DEAD_API_ROOT }).sendMessage(1, 'x').catch((e) => e);
    expect(failure).toBeInstanceOf(HttpError);
    const unscrubbed = JSON.stringify(pino.stdSerializers.err(loggableError(failure)));
    expect(unscrubbed).toContain(TOKEN);

    // The same kind of failure inside a handler, logged by the bot's error boundary.
    let failedOnce = false;
    harness = await startHarness();
    harness.bot.api.config.use(async (prev, method, payload, signal) => {
      if (method === 'sendMessage' && !failedOnce) {
        failedOnce = true;
        await new Api(TOKEN, { apiRoot: DEAD_API_ROOT }).sendMessage(1, 'x');
      }
      return prev(method, payload, signal);
    });
    harness.fake.sendPrivateText(QUESTION);
    expect((await nthMessage(harness.fake, USER, 1)).text).toBe(en.somethingWrong);

    const logged = harness.log.text();
    expect(logged).toContain('telegram update failed');
    expect(logged).toContain('ECONNREFUSED');
    expect(logged).toContain('[redacted]');
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain(TOKEN.split(':')[1]);
  });

  it('hold no ids, names or message text, even at debug and on API errors', async () => {
    const child = {
      id: 987_654_321,
      first_name: 'Aigerim',
      username: 'aigerim_kid',
      last_name: 'Nurlanovna',
    };
    const group = -100_777_888_999;
    harness = await startHarness();
    const { fake } = harness;

    fake.sendPrivateText('How many kids are hit by parents?', { from: child });
    fake.sendGroupText('@bala_test_bot do all children go to school?', { chatId: group, from: child });
    fake.sendCommand('mysecretcommand', 'with secret words', 'private', child);
    // An API error carries the request payload (chat id and text); it must not reach the log.
    fake.failNext('sendMessage', { kind: 'error', errorCode: 400, description: 'Bad Request: test failure' });
    fake.sendPrivateText('Do all children go to school?', { from: child });
    fake.sendPrivateText('one more', { from: child });
    await waitForMessages(fake, child.id, 4);

    const logged = harness.log.text();
    expect(logged).toContain('"chatType":"supergroup"');
    expect(logged).toContain('"command":"other"');
    expect(logged).toContain('Bad Request: test failure');
    for (const secret of [
      '987654321',
      '777888999',
      'Aigerim',
      'aigerim_kid',
      'Nurlanovna',
      'hit by parents',
      'school',
      'mysecretcommand',
      'secret words',
      'one more',
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
