import {
  MessageFlags,
  OverwriteType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/command-definitions.js';

import { fillTemplate } from '../../src/i18n/fill.js';
import { messages } from '../../src/i18n/index.js';
import type { SqliteStore } from '../../src/storage/sqlite-store.js';
import { memoryStore, storedSubscriptions } from '../helpers.js';
import {
  ANNOUNCEMENTS_ID,
  CHANNEL_ID,
  callbackBody,
  channelOption,
  command,
  editOf,
  expectNoMentionsAnywhere,
  GUILD_ID,
  type Harness,
  messageOf,
  READ_ONLY_CHANNEL_ID,
  startHarness,
  timeOption,
} from './harness.js';

const en = messages('en');
const definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions;

let h: Harness | undefined;
let store: SqliteStore | undefined;

afterEach(async () => {
  await store?.close();
  store = undefined;
  if (!h) return;
  expectNoMentionsAnywhere(h.fake);
  await h.stop();
  h = undefined;
});

/** The real bot on a real (in-memory) store, so the tests read what /subscribe actually stored. */
async function start(): Promise<{ h: Harness; store: SqliteStore }> {
  store = memoryStore();
  h = await startHarness({ subscriptions: storedSubscriptions(store) });
  return { h, store };
}

async function activeRows(store: SqliteStore) {
  return (await store.activeSubscriptions()).map((s) => ({ chatId: s.chatId, time: s.time, lang: s.lang }));
}

describe('/subscribe and /unsubscribe', () => {
  it('are for people who can manage the server, and only inside a server', () => {
    for (const name of ['subscribe', 'unsubscribe']) {
      const definition = definitions.find((c) => c.name === name);
      expect(definition).toMatchObject({
        default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
        contexts: [0],
      });
    }
  });

  it('subscribes a channel the bot can post in and confirms the time and time zone', async () => {
    const { h, store } = await start();

    const { callback, token } = await command(h.fake, 'subscribe', [
      channelOption(ANNOUNCEMENTS_ID),
      timeOption('8:30'),
    ]);

    expect(callbackBody(callback)).toMatchObject({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const edit = await editOf(h.fake, token);
    expect(messageOf(edit).content).toBe(
      `Done! <#${ANNOUNCEMENTS_ID}> will get one fact every day at 08:30 (Asia/Almaty). Use /unsubscribe to stop.`,
    );
    expect(await activeRows(store)).toEqual([{ chatId: ANNOUNCEMENTS_ID, time: '08:30', lang: 'en' }]);
  });

  it('says "updated" the second time, keeps one row and sets the default time when none is given', async () => {
    const { h, store } = await start();
    await command(h.fake, 'subscribe', [channelOption(CHANNEL_ID), timeOption('07:00')]);

    const { token } = await command(h.fake, 'subscribe', [channelOption(CHANNEL_ID)], { locale: 'ru' });

    // In the language of the person who asked (Russian here).
    expect(messageOf(await editOf(h.fake, token)).content).toBe(
      fillTemplate(messages('ru').discordSubscriptionUpdated, {
        channel: `<#${CHANNEL_ID}>`,
        time: '09:00',
        timeZone: 'Asia/Almaty',
      }),
    );
    expect(await activeRows(store)).toEqual([{ chatId: CHANNEL_ID, time: '09:00', lang: 'ru' }]);
  });

  it('names the missing permission instead of subscribing a channel the bot cannot post in', async () => {
    const { h, store } = await start();

    const { token } = await command(h.fake, 'subscribe', [channelOption(READ_ONLY_CHANNEL_ID)]);

    const content = messageOf(await editOf(h.fake, token)).content;
    expect(content).toContain(`<#${READ_ONLY_CHANNEL_ID}>`);
    expect(content).toContain('I need the Send Messages permission there');
    expect(await activeRows(store)).toEqual([]);
  });

  it('asks for View Channel when the bot cannot see the channel at all', async () => {
    const { h, store } = await start();
    h.fake.failChannel(CHANNEL_ID, 'no_access');

    const { token } = await command(h.fake, 'subscribe', [channelOption(CHANNEL_ID)]);

    expect(messageOf(await editOf(h.fake, token)).content).toContain(
      'I need the View Channel permission there',
    );
    expect(await activeRows(store)).toEqual([]);
  });

  it('lists every missing permission when several are missing', async () => {
    const { h, store } = await start();
    // Created after login, so only the fresh fetch in /subscribe knows its overwrites.
    const late = '1200000000000000099';
    h.fake.addChannel({
      id: late,
      guildId: GUILD_ID,
      permission_overwrites: [
        {
          id: GUILD_ID,
          type: OverwriteType.Role,
          deny: PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks,
        },
      ],
    });

    const { token } = await command(h.fake, 'subscribe', [channelOption(late)]);

    expect(messageOf(await editOf(h.fake, token)).content).toBe(
      `I can't post daily facts in <#${late}> yet: I need these permissions there: Send Messages, Embed Links. A server admin can give them to me in the channel settings, under Permissions.`,
    );
    expect(await activeRows(store)).toEqual([]);
  });

  it('explains the time format when the time is not HH:MM', async () => {
    const { h, store } = await start();

    const { callback } = await command(h.fake, 'subscribe', [channelOption(CHANNEL_ID), timeOption('25:00')]);

    expect(messageOf(callback)).toMatchObject({
      content: en.discordInvalidTime,
      flags: MessageFlags.Ephemeral,
    });
    expect(await activeRows(store)).toEqual([]);
  });

  it('unsubscribes a channel, and says so when it was not subscribed', async () => {
    const { h, store } = await start();
    await command(h.fake, 'subscribe', [channelOption(CHANNEL_ID)]);

    const first = await command(h.fake, 'unsubscribe', [channelOption(CHANNEL_ID)]);
    const second = await command(h.fake, 'unsubscribe', [channelOption(CHANNEL_ID)]);

    expect(messageOf(await editOf(h.fake, first.token)).content).toBe(
      `Daily facts are off for <#${CHANNEL_ID}>. Use /subscribe to turn them back on.`,
    );
    expect(messageOf(await editOf(h.fake, second.token)).content).toBe(
      `<#${CHANNEL_ID}> was not getting daily facts. Use /subscribe to start.`,
    );
    expect(await activeRows(store)).toEqual([]);
    expect((await store.subscription('discord', CHANNEL_ID))?.active).toBe(false);
  });
});
