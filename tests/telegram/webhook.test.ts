import { request } from 'node:http';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpServer } from '../../adapters/http/server.js';
import type { RunningPlatform } from '../../adapters/platform-deps.js';
import { startTelegram } from '../../adapters/telegram/index.js';
import { MAX_UPDATE_BYTES } from '../../adapters/telegram/webhook.js';
import { DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import { shippedCore, storedSubscriptions } from '../helpers.js';
import { memoryLog, nthMessage, TOKEN, telegramSettings, testConfig } from './harness.js';

const SECRET = 'webhook-secret_123';
// Any path: the bot serves the one in the URL it registers with Telegram.
const WEBHOOK_PATH = '/tg/hook';
const WEBHOOK_URL = `https://bala.example.org${WEBHOOK_PATH}`;

let fake: FakeTelegramApi | undefined;
let http: HttpServer | undefined;
let running: RunningPlatform | undefined;

afterEach(async () => {
  await running?.stop();
  await http?.close();
  await fake?.stop();
  running = undefined;
  http = undefined;
  fake = undefined;
});

function webhookConfig(api: FakeTelegramApi) {
  return testConfig({
    TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });
}

async function post(
  port: number,
  update: Update | string,
  secret?: string,
  path = WEBHOOK_PATH,
): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }),
    },
    body: typeof update === 'string' ? update : JSON.stringify(update),
  });
  await response.text();
  return response.status;
}

/**
 * Starts a POST that announces `declaredBytes` (or sends chunked, without a length), writes `sentBytes`
 * and resolves with the status the server answers, without waiting for the rest of the body to be sent.
 */
function postLarge(
  port: number,
  sentBytes: number,
  declaredBytes?: number,
): Promise<{ status: number | undefined; bytesWritten: number }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: WEBHOOK_PATH,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': SECRET,
        ...(declaredBytes === undefined ? {} : { 'content-length': String(declaredBytes) }),
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode, bytesWritten: req.socket?.bytesWritten ?? 0 });
      req.destroy();
    });
    req.on('error', reject);
    req.write(`{"update_id":1,"message":{"text":"${'a'.repeat(Math.max(0, sentBytes - 40))}`);
  });
}

async function startWebhookBot() {
  fake = new FakeTelegramApi({ token: TOKEN });
  await fake.start();
  const log = memoryLog();
  http = new HttpServer(log.logger);
  const config = webhookConfig(fake);
  running = await startTelegram(
    { core: shippedCore(), config, logger: log.logger, http, subscriptions: storedSubscriptions() },
    telegramSettings(config),
  );
  const port = await http.listen(0, '127.0.0.1');
  return { fake, log, port };
}

describe('Telegram webhook mode', () => {
  it('registers the webhook with its secret and handles only updates that carry it', async () => {
    const { port, fake } = await startWebhookBot();
    if (!running) throw new Error('not started');

    expect(fake.callsOf('setWebhook')[0]?.params).toMatchObject({ url: WEBHOOK_URL, secret_token: SECRET });
    expect(running.isReady()).toBe(true);

    // The fake queues the update (nobody polls in webhook mode); we deliver it as Telegram would.
    const update = fake.sendPrivateText('How many children live in Kazakhstan?');
    expect(await post(port, update)).toBe(401);
    expect(await post(port, update, 'wrong-secret')).toBe(401);
    expect(fake.callsOf('sendMessage')).toEqual([]);

    expect(await post(port, update, SECRET)).toBe(200);
    expect((await nthMessage(fake, DEFAULT_USER.id, 1)).text).toContain('31.4%');
    expect(fake.callsOf('getUpdates')).toEqual([]);

    await running.stop();
    expect(running.isReady()).toBe(false);
    expect(await post(port, update, SECRET)).toBe(503);
  });

  it('refuses a body over 1 MB with 413 before reading it, whether announced or streamed', async () => {
    const { port, fake: api } = await startWebhookBot();
    // Announced: answered at once, although only a few bytes of the 10 MB were ever sent.
    const announced = await postLarge(port, 100, 10 * MAX_UPDATE_BYTES);
    expect(announced.status).toBe(413);
    // Chunked, no length: refused as soon as the stream passes the limit.
    const streamed = await postLarge(port, MAX_UPDATE_BYTES + 1000);
    expect(streamed.status).toBe(413);
    expect(api.callsOf('sendMessage')).toEqual([]);
  });

  it('answers 400 to a body that is not JSON or not an update, and never logs the body', async () => {
    const { port, log, fake: api } = await startWebhookBot();
    const secretWords = 'my uncle hurts me please help';
    expect(await post(port, `{"update_id": 5, "message": {"text": "${secretWords}"`, SECRET)).toBe(400);
    expect(await post(port, JSON.stringify({ text: secretWords }), SECRET)).toBe(400);
    expect(await post(port, secretWords, 'wrong')).toBe(401);
    expect(api.callsOf('sendMessage')).toEqual([]);
    expect(log.text()).toContain('webhook request refused');
    expect(log.text()).not.toContain('uncle');
  });

  it('serves only the URL path, so a request to another path is not an update', async () => {
    const { port, fake: api } = await startWebhookBot();
    const update = api.sendPrivateText('How many children live in Kazakhstan?');
    expect(await post(port, update, SECRET, '/telegram/webhook')).toBe(404);
    expect(await post(port, update, SECRET)).toBe(200);
  });

  it('refuses to start when the HTTP server is off', async () => {
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const config = webhookConfig(fake);
    await expect(
      startTelegram(
        { core: shippedCore(), config, logger: memoryLog().logger, subscriptions: storedSubscriptions() },
        telegramSettings(config),
      ),
    ).rejects.toThrow(/HTTP_PORT/);
    expect(fake.callsOf('setWebhook')).toEqual([]);
  });
});
