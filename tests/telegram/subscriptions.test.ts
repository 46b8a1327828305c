import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER } from '../fakes/telegram-api.js';
import { MemorySubscriptions } from '../helpers.js';
import { type Harness, nthMessage, startHarness } from './harness.js';

const USER = DEFAULT_USER.id;
const GROUP = DEFAULT_GROUP_ID;
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('Telegram /subscribe and /unsubscribe', () => {
  it('say daily facts are coming when there is no subscription service', async () => {
    harness = await startHarness();
    harness.fake.sendCommand('subscribe', '08:30');
    harness.fake.sendCommand('unsubscribe');
    expect((await nthMessage(harness.fake, USER, 1)).text).toBe(en.subscriptionsSoon);
    expect((await nthMessage(harness.fake, USER, 2)).text).toBe(en.subscriptionsSoon);
  });

  it('subscribe a private chat at a chosen time, update it, and unsubscribe', async () => {
    const subscriptions = new MemorySubscriptions();
    harness = await startHarness({ subscriptions });
    const { fake } = harness;

    fake.sendCommand('subscribe', '08:30');
    expect((await nthMessage(fake, USER, 1)).text).toBe(
      'Done! This chat will get one fact every day at 08:30 (Asia/Almaty). Send /unsubscribe to stop.',
    );
    expect(subscriptions.requests[0]).toEqual({
      platform: 'telegram',
      chatId: String(USER),
      time: '08:30',
      lang: 'en',
    });

    fake.sendCommand('subscribe');
    expect((await nthMessage(fake, USER, 2)).text).toBe(
      'Updated: this chat now gets its daily fact at 09:00 (Asia/Almaty).',
    );
    expect(subscriptions.requests[1]).not.toHaveProperty('time');

    fake.sendCommand('unsubscribe');
    expect((await nthMessage(fake, USER, 3)).text).toBe(en.unsubscribed);
    fake.sendCommand('unsubscribe');
    expect((await nthMessage(fake, USER, 4)).text).toBe(en.notSubscribed);
  });

  it('explain the format when the time is not HH:MM', async () => {
    const subscriptions = new MemorySubscriptions();
    harness = await startHarness({ subscriptions });
    for (const bad of ['25:00', '8:30', 'tomorrow']) harness.fake.sendCommand('subscribe', bad);
    for (const n of [1, 2, 3]) expect((await nthMessage(harness.fake, USER, n)).text).toBe(en.subscribeUsage);
    expect(subscriptions.requests).toEqual([]);
  });

  it('are for group admins only', async () => {
    const subscriptions = new MemorySubscriptions();
    harness = await startHarness({ subscriptions });
    const { fake } = harness;
    const member = { id: 3003, first_name: 'Member' };
    const admin = { id: 3004, first_name: 'Admin' };
    fake.setChatMemberStatus(GROUP, admin.id, 'administrator');

    fake.sendCommand('subscribe', '', 'group', member);
    expect((await nthMessage(fake, GROUP, 1)).text).toBe(en.adminsOnly);
    fake.sendCommand('unsubscribe', '', 'group', member);
    expect((await nthMessage(fake, GROUP, 2)).text).toBe(en.adminsOnly);
    expect(subscriptions.requests).toEqual([]);

    fake.sendCommand('subscribe', '07:15', 'group', admin);
    expect((await nthMessage(fake, GROUP, 3)).text).toContain('07:15 (Asia/Almaty)');
    expect(subscriptions.requests).toEqual([
      { platform: 'telegram', chatId: String(GROUP), time: '07:15', lang: 'en' },
    ]);
    expect(fake.callsOf('getChatMember').map((c) => Number(c.params.user_id))).toEqual([
      member.id,
      member.id,
      admin.id,
    ]);
  });
});
