import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import type { SqliteStore } from '../../src/storage/sqlite-store.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER } from '../fakes/telegram-api.js';
import { memoryStore, storedSubscriptions } from '../helpers.js';
import { type Harness, nthMessage, startHarness } from './harness.js';

const USER = DEFAULT_USER.id;
const GROUP = DEFAULT_GROUP_ID;
let harness: Harness | undefined;
let store: SqliteStore | undefined;

afterEach(async () => {
  await harness?.stop();
  await store?.close();
  harness = undefined;
  store = undefined;
});

/** The real bot on a real (in-memory) store, so the tests read what /subscribe actually stored. */
async function start(): Promise<{ harness: Harness; store: SqliteStore }> {
  store = memoryStore();
  harness = await startHarness({ subscriptions: storedSubscriptions(store) });
  return { harness, store };
}

describe('Telegram /subscribe and /unsubscribe', () => {
  it('subscribe a private chat at a chosen time, update it without a second row, and unsubscribe', async () => {
    const { harness, store } = await start();
    const { fake } = harness;

    fake.sendCommand('subscribe', '08:30');
    expect((await nthMessage(fake, USER, 1)).text).toBe(
      'Done! This chat will get one fact every day at 08:30 (Asia/Almaty). Send /unsubscribe to stop.',
    );
    expect(await store.subscription('telegram', String(USER))).toMatchObject({
      time: '08:30',
      timeZone: 'Asia/Almaty',
      lang: 'en',
      active: true,
    });

    fake.sendCommand('subscribe', '18:45');
    expect((await nthMessage(fake, USER, 2)).text).toBe(
      'Updated: this chat now gets its daily fact at 18:45 (Asia/Almaty).',
    );
    fake.sendCommand('subscribe');
    expect((await nthMessage(fake, USER, 3)).text).toBe(
      'Updated: this chat now gets its daily fact at 09:00 (Asia/Almaty).',
    );
    const rows = await store.activeSubscriptions();
    expect(rows.map((r) => [r.platform, r.chatId, r.time])).toEqual([['telegram', String(USER), '09:00']]);

    fake.sendCommand('unsubscribe');
    expect((await nthMessage(fake, USER, 4)).text).toBe(en.unsubscribed);
    expect(await store.activeSubscriptions()).toEqual([]);
    expect((await store.subscription('telegram', String(USER)))?.active).toBe(false);
    fake.sendCommand('unsubscribe');
    expect((await nthMessage(fake, USER, 5)).text).toBe(en.notSubscribed);

    // Subscribing again turns the same row back on: a fresh "Done!", not "Updated".
    fake.sendCommand('subscribe', '07:00');
    expect((await nthMessage(fake, USER, 6)).text).toContain('Done!');
    expect(await store.activeSubscriptions()).toHaveLength(1);
  });

  it('explain the format when the time is not HH:MM', async () => {
    const { harness, store } = await start();
    for (const bad of ['25:00', '8:30', 'tomorrow']) harness.fake.sendCommand('subscribe', bad);
    for (const n of [1, 2, 3]) expect((await nthMessage(harness.fake, USER, n)).text).toBe(en.subscribeUsage);
    expect(await store.subscription('telegram', String(USER))).toBeUndefined();
  });

  it('are for group admins only', async () => {
    const { harness, store } = await start();
    const { fake } = harness;
    const member = { id: 3003, first_name: 'Member' };
    const admin = { id: 3004, first_name: 'Admin' };
    fake.setChatMemberStatus(GROUP, admin.id, 'administrator');

    fake.sendCommand('subscribe', '', 'group', member);
    expect((await nthMessage(fake, GROUP, 1)).text).toBe(en.adminsOnly);
    fake.sendCommand('unsubscribe', '', 'group', member);
    expect((await nthMessage(fake, GROUP, 2)).text).toBe(en.adminsOnly);
    expect(await store.activeSubscriptions()).toEqual([]);

    fake.sendCommand('subscribe', '07:15', 'group', admin);
    expect((await nthMessage(fake, GROUP, 3)).text).toContain('07:15 (Asia/Almaty)');
    const rows = await store.activeSubscriptions();
    expect(rows.map((r) => [r.chatId, r.time])).toEqual([[String(GROUP), '07:15']]);
    // Only the chat is stored: nothing about the admin who asked.
    expect(JSON.stringify(rows)).not.toContain(String(admin.id));
    expect(fake.callsOf('getChatMember').map((c) => Number(c.params.user_id))).toEqual([
      member.id,
      member.id,
      admin.id,
    ]);
  });
});
