import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { SqliteStore } from '../../src/storage/sqlite-store.js';
import { DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import {
  freePort,
  type ServiceProcess,
  startService,
  stopService,
  waitForStatus,
} from '../ops/service-process.js';
import { messagesTo, TOKEN } from '../telegram/harness.js';
import { zoneAwayFromMidnight } from './zones.js';

const DUE_CHAT = 7001;
const LATER_CHAT = 7002;

describe('the bot process (adapters/main.ts) with subscriptions', () => {
  it('catches up on a post due today at start-up, stores /subscribe, and keeps it all across SIGTERM', async () => {
    const fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'bala-main-delivery-'));
    let service: ServiceProcess | undefined;
    try {
      const zone = zoneAwayFromMidnight(new Date());
      const seed = SqliteStore.open(dataDir);
      const sub = { platform: 'telegram', timeZone: zone, lang: 'en' } as const;
      await seed.upsertSubscription({ ...sub, chatId: String(DUE_CHAT), time: '00:00' }, new Date());
      await seed.upsertSubscription({ ...sub, chatId: String(LATER_CHAT), time: '23:59' }, new Date());
      await seed.close();
      const port = await freePort();

      service = await startService({
        command: [process.execPath, 'dist/adapters/main.js'],
        cwd: projectRoot,
        port,
        env: {
          PATH: process.env.PATH ?? '',
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: fake.apiRoot,
          HTTP_PORT: String(port),
          DATA_DIR: dataDir,
        },
      });

      await fake.waitForCall('sendMessage', (call) => Number(call.params.chat_id) === DUE_CHAT, 10_000);
      const ready = await waitForStatus(`${service.baseUrl}/readyz`, 200);
      expect(await ready.json()).toMatchObject({ ready: true, checks: { storage: true, telegram: true } });
      const metrics = await (await fetch(`${service.baseUrl}/metrics`)).text();
      expect(metrics).toContain('bala_deliveries_total{platform="telegram",status="sent"} 1');

      fake.sendCommand('subscribe', '07:45');
      await fake.waitForCall(
        'sendMessage',
        (call) => Number(call.params.chat_id) === DEFAULT_USER.id,
        10_000,
      );

      expect(await stopService(service, 'SIGTERM')).toEqual({ code: 0, signal: null });
      const logs = service.logs();
      expect(logs).toContain(`"path":"${join(dataDir, 'bala.sqlite')}"`);
      for (const chatId of [DUE_CHAT, LATER_CHAT, DEFAULT_USER.id]) {
        expect(logs).not.toMatch(new RegExp(`(^|\\D)${chatId}(\\D|$)`));
      }

      expect(messagesTo(fake, DUE_CHAT)).toHaveLength(1);
      expect(messagesTo(fake, LATER_CHAT)).toHaveLength(0);
      const store = SqliteStore.open(dataDir);
      try {
        expect(await store.subscription('telegram', String(DEFAULT_USER.id))).toMatchObject({
          time: '07:45',
          timeZone: 'Asia/Almaty',
          active: true,
        });
        const ledger = await store.deliveriesBetween('0000-01-01', '9999-12-31');
        expect(ledger.map((row) => [row.chatId, row.status])).toEqual([[String(DUE_CHAT), 'sent']]);
      } finally {
        await store.close();
      }
    } finally {
      service?.child.kill('SIGKILL');
      await fake.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
