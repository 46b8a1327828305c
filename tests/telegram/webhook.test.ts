import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpServer } from '../../adapters/http/server.js';
import type { RunningPlatform } from '../../adapters/platform-deps.js';
import { startTelegram } from '../../adapters/telegram/index.js';
import { WEBHOOK_PATH } from '../../adapters/telegram/webhook.js';
import { DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import { shippedCore, storedSubscriptions } from '../helpers.js';
import { memoryLog, nthMessage, TOKEN, telegramSettings, testConfig } from './harness.js';

const SECRET = 'webhook-secret_123';
const WEBHOOK_URL = 'https://bala.example.org/telegram/webhook';

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

async function post(port: number, update: Update, secret?: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }),
    },
    body: JSON.stringify(update),
  });
  await response.text();
  return response.status;
}

describe('Telegram webhook mode', () => {
  it('registers the webhook with its secret and handles only updates that carry it', async () => {
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
