import {
  ApplicationCommandOptionType,
  ChannelType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions, QUESTION_MAX_LENGTH } from '../../adapters/discord/command-definitions.js';
import { commandHandlers } from '../../adapters/discord/handlers/index.js';
import { registerCommands } from '../../adapters/discord/register.js';
import { FakeDiscordServer } from '../fakes/discord-server.js';
import { runNode } from '../run-node.js';
import { discordConfig } from './harness.js';

const GUILD_ID = '1200000000000000001';
/** The definitions as Discord's type sees them, so tests can look at any field of any command. */
const definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions;
const NAMES = ['ask', 'fact', 'today', 'subscribe', 'unsubscribe', 'helplines', 'about'];

describe('the slash command definitions', () => {
  it('are the seven commands, each with a handler and a Russian description', () => {
    expect(commandDefinitions.map((c) => c.name)).toEqual(NAMES);
    expect(Object.keys(commandHandlers).sort()).toEqual([...NAMES].sort());
    for (const definition of definitions) {
      expect(definition.description_localizations?.ru).toMatch(/[а-яё]/i);
      for (const option of definition.options ?? []) {
        expect(option.description_localizations?.ru, `${definition.name} ${option.name}`).toMatch(/[а-яё]/i);
      }
    }
  });

  it('/ask takes one required question of at most 300 characters, with autocomplete', () => {
    expect(definitions[0]?.options?.[0]).toMatchObject({
      type: ApplicationCommandOptionType.String,
      name: 'question',
      required: true,
      max_length: QUESTION_MAX_LENGTH,
      autocomplete: true,
    });
    expect(QUESTION_MAX_LENGTH).toBe(300);
  });

  it('/subscribe offers only text and announcement channels, and a optional time', () => {
    const subscribe = definitions.find((c) => c.name === 'subscribe');
    expect(subscribe?.options?.map((o) => [o.name, o.required])).toEqual([
      ['channel', true],
      ['time', false],
    ]);
    expect(subscribe?.options?.[0]).toMatchObject({
      type: ApplicationCommandOptionType.Channel,
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    });
    expect(subscribe?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
  });
});

/** A fake Discord with one server, started before and stopped after each test of the calling block. */
let fake: FakeDiscordServer;
function useFakeDiscord(): void {
  beforeEach(async () => {
    fake = await new FakeDiscordServer().start();
    fake.addGuild({ id: GUILD_ID });
  });
  afterEach(async () => {
    await fake.stop();
  });
}

describe('registerCommands', () => {
  useFakeDiscord();

  it('registers every command to one server when a guild id is configured', async () => {
    const discord = discordConfig(fake, { DISCORD_GUILD_ID: GUILD_ID }).discord;
    if (!discord) throw new Error('no Discord config');

    const result = await registerCommands(discord);

    expect(result).toEqual({ scope: 'guild', names: NAMES });
    const stored = fake.commands(GUILD_ID);
    expect(stored.map((c) => c.name)).toEqual(NAMES);
    expect(
      stored.every((c) => typeof (c.description_localizations as { ru?: string })?.ru === 'string'),
    ).toBe(true);
    const managed = stored.filter(
      (c) => c.default_member_permissions === String(PermissionFlagsBits.ManageGuild),
    );
    expect(managed.map((c) => c.name)).toEqual(['subscribe', 'unsubscribe']);
    expect(fake.commands()).toEqual([]);
    const put = fake.requestsTo('PUT', /\/commands$/);
    expect(put).toHaveLength(1);
    expect(put[0]?.headers.authorization).toBe(`Bot ${fake.token}`);
  });

  it('registers globally without a guild id, replacing what was there', async () => {
    const discord = discordConfig(fake).discord;
    if (!discord) throw new Error('no Discord config');

    await registerCommands(discord, [{ name: 'old', description: 'A command since removed' }]);
    const result = await registerCommands(discord);

    expect(result.scope).toBe('global');
    expect(fake.commands().map((c) => c.name)).toEqual(NAMES);
  });
});

describe('npm run discord:register (the built script)', () => {
  useFakeDiscord();

  it('registers the commands for the configured server and says so', async () => {
    const { stdout, stderr, code } = await runNode('dist/scripts/discord-register.js', [], {
      env: {
        DISCORD_BOT_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_ROOT: fake.apiRoot,
        DISCORD_GUILD_ID: GUILD_ID,
      },
    });

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`Registered 7 Discord commands for one server: /${NAMES.join(', /')}\n`);
    expect(fake.commands(GUILD_ID)).toHaveLength(7);
  });

  it('fails with a clear message, and without the token, when Discord refuses', async () => {
    const wrongToken = 'not-the-token-but-long-enough-for-the-schema';
    const { stdout, stderr, code } = await runNode('dist/scripts/discord-register.js', [], {
      env: {
        DISCORD_BOT_TOKEN: wrongToken,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_ROOT: fake.apiRoot,
      },
    });

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Discord command registration failed');
    expect(stderr).not.toContain(wrongToken);
    expect(fake.commands()).toEqual([]);
  });

  it('explains what to set when there is no Discord token', async () => {
    const { stderr, code } = await runNode('dist/scripts/discord-register.js');

    expect(code).toBe(1);
    expect(stderr).toBe(
      'Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID to register the Discord commands.\n',
    );
  });
});
