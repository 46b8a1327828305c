import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import { TOKEN } from '../telegram/harness.js';
import {
  freePort,
  type ServiceProcess,
  serviceFixture,
  startTelegramService,
  status,
  stopService,
  waitForStatus,
} from './service-process.js';

const fixture = serviceFixture();

async function startBot(apiRoot: string): Promise<ServiceProcess> {
  fixture.service = await startTelegramService({ apiRoot, dataDir: fixture.dataDir() });
  return fixture.service;
}

/** The JSON log lines whose message is `msg`. */
function logged(s: ServiceProcess, msg: string): Record<string, unknown>[] {
  return s
    .logs()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === msg);
}

async function until(condition: () => boolean, what: string, s: ServiceProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (condition()) return;
    await sleep(50);
  }
  throw new Error(`never saw ${what}:\n${s.logs()}`);
}

const UNREACHABLE = 'Telegram Bot API unreachable at start-up; retrying';

describe('start-up and shutdown of the service', () => {
  it('warns, naming the API root, on each retry while the Bot API is unreachable, and stops on SIGTERM with 0', async () => {
    const deadRoot = `http://127.0.0.1:${await freePort()}`;
    const s = await startBot(deadRoot);

    await until(() => logged(s, UNREACHABLE).length >= 2, 'two retry warnings', s);
    const [first, second] = logged(s, UNREACHABLE);
    expect(first).toMatchObject({ level: 40, apiRoot: deadRoot, attempt: 1, retryInSeconds: 1 });
    expect(second).toMatchObject({ level: 40, apiRoot: deadRoot, attempt: 2, retryInSeconds: 2 });
    expect(s.logs()).not.toContain(TOKEN.split(':')[1]);
    const ready = await fetch(`${s.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { telegram: false } });

    // Exit 0, not the 1 of the 10-second stop deadline.
    expect(await stopService(s, 'SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('connects once the Bot API comes back', async () => {
    const fake = new FakeTelegramApi({ token: TOKEN });
    fixture.fake = fake;
    fake.failNext('getMe', { kind: 'server_error', status: 502 }, 2);
    await fake.start();
    const s = await startBot(fake.apiRoot);

    expect((await waitForStatus(`${s.baseUrl}/readyz`, 200)).status).toBe(200);
    expect(logged(s, UNREACHABLE)).toHaveLength(2);
    expect(await stopService(s, 'SIGINT')).toEqual({ code: 0, signal: null });
  });

  it('stops with 0 on SIGTERM while a reply is waiting to retry a 5xx', async () => {
    const fake = new FakeTelegramApi({ token: TOKEN });
    fixture.fake = fake;
    await fake.start();
    const s = await startBot(fake.apiRoot);
    expect((await waitForStatus(`${s.baseUrl}/readyz`, 200)).status).toBe(200);

    fake.failNext('sendMessage', { kind: 'server_error', status: 502 }, 100);
    fake.sendPrivateText('How many children live in Kazakhstan?');
    await fake.waitForCall('sendMessage', (call) => Number(call.params.chat_id) === DEFAULT_USER.id, 10_000);

    expect(await stopService(s, 'SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it('listens on HTTP_HOST only', async () => {
    const fake = new FakeTelegramApi({ token: TOKEN });
    fixture.fake = fake;
    await fake.start();
    // Another loopback address: Linux routes all of 127.0.0.0/8 to this machine.
    const s = await startTelegramService({
      apiRoot: fake.apiRoot,
      dataDir: fixture.dataDir(),
      host: '127.0.0.2',
    });
    fixture.service = s;

    expect(await status(`${s.baseUrl}/healthz`)).toBe(200);
    expect(await status(s.baseUrl.replace('127.0.0.2', '127.0.0.1'))).toBeUndefined();
    expect(await stopService(s, 'SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
