import { Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramPublisher } from '../../adapters/telegram/publisher.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { shippedCore } from '../helpers.js';
import { messagesTo, TOKEN } from './harness.js';

const CHAT = 4242;
let fake: FakeTelegramApi;
let publisher: TelegramPublisher;
const core = shippedCore();
const post = () => core.today('telegram:4242', '2025-03-10', 'en');

beforeEach(async () => {
  fake = new FakeTelegramApi({ token: TOKEN });
  await fake.start();
  publisher = new TelegramPublisher(new Api(TOKEN, { apiRoot: fake.apiRoot }));
});

afterEach(async () => {
  await fake.stop();
});

describe('TelegramPublisher', () => {
  it('sends the rendered post with its fact buttons', async () => {
    expect(await publisher.publish(String(CHAT), post())).toEqual({ status: 'sent' });
    const [sent] = messagesTo(fake, CHAT);
    expect(sent?.html.startsWith('<b>Fact of the day</b>')).toBe(true);
    expect(sent?.text).toContain(post().fact?.answer);
    expect(sent?.message.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      'Another fact',
      'Source',
    ]);
  });

  it("sends a World Children's Day post", async () => {
    expect(await publisher.publish(String(CHAT), core.worldChildrensDay('en'))).toEqual({ status: 'sent' });
    expect(messagesTo(fake, CHAT)[0]?.html).toContain('<b>What has got better</b>');
  });

  it('reports a chat that blocked the bot or no longer exists as gone', async () => {
    fake.failNext('sendMessage', { kind: 'blocked' });
    expect(await publisher.publish(String(CHAT), post())).toEqual({
      status: 'gone',
      reason: '403: Forbidden: bot was blocked by the user',
    });
    fake.failNext('sendMessage', {
      kind: 'error',
      errorCode: 400,
      description: 'Bad Request: chat not found',
    });
    expect(await publisher.publish(String(CHAT), post())).toMatchObject({ status: 'gone' });
  });

  it('hands a 429 back with its retry time instead of waiting', async () => {
    fake.failNext('sendMessage', { kind: 'rate_limit', retryAfter: 7 });
    expect(await publisher.publish(String(CHAT), post())).toEqual({
      status: 'failed',
      reason: '429: Too Many Requests: retry after 7',
      retryAfterMs: 7000,
    });
    expect(fake.callsOf('sendMessage')).toHaveLength(1);
  });

  it('reports other failures without throwing', async () => {
    fake.failNext('sendMessage', { kind: 'server_error', status: 502 });
    expect(await publisher.publish(String(CHAT), post())).toEqual({
      status: 'failed',
      reason: '502: Bad Gateway',
    });
    fake.failNext('sendMessage', {
      kind: 'error',
      errorCode: 400,
      description: 'Bad Request: message is too long',
    });
    expect(await publisher.publish(String(CHAT), post())).toMatchObject({ status: 'failed' });
    const offline = new TelegramPublisher(new Api(TOKEN, { apiRoot: 'http://127.0.0.1:9' }));
    expect(await offline.publish(String(CHAT), post())).toEqual({
      status: 'failed',
      reason: 'network error',
    });
  });
});
