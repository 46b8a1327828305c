import { once } from 'node:events';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import {
  ApplicationCommandOptionType,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GatewayOpcodes,
  type Interaction,
  MessageFlags,
  OverwriteType,
  PermissionFlagsBits,
  REST,
  Routes,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscordServer } from './discord-server.js';

const GUILD_ID = '1200000000000000001';
const CHANNEL_ID = '1200000000000000010';
const READ_ONLY_CHANNEL_ID = '1200000000000000011';
const LATE_CHANNEL_ID = '1200000000000000012';
const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;
const ORIGINAL = /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/;

let fake: FakeDiscordServer;
let client: Client | undefined;

beforeEach(async () => {
  fake = await new FakeDiscordServer({ heartbeatIntervalMs: 200 }).start();
  fake.addGuild({ id: GUILD_ID, name: 'Test guild' });
  fake.addChannel({ id: CHANNEL_ID, guildId: GUILD_ID, name: 'general' });
  fake.addChannel({
    id: READ_ONLY_CHANNEL_ID,
    guildId: GUILD_ID,
    name: 'announcements',
    permission_overwrites: [
      { id: GUILD_ID, type: OverwriteType.Role, deny: PermissionFlagsBits.SendMessages },
    ],
  });
});

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake.stop();
});

async function login(): Promise<Client<true>> {
  const c = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiRoot } });
  client = c;
  const ready = once(c, Events.ClientReady);
  await expect(c.login(fake.token)).resolves.toBe(fake.token);
  await ready;
  if (!c.isReady()) throw new Error('client is not ready after clientReady');
  return c;
}

function nextInteraction(c: Client): Promise<Interaction> {
  return new Promise((resolve) => c.once(Events.InteractionCreate, resolve));
}

const question = (value: string) => [{ name: 'question', type: ApplicationCommandOptionType.String, value }];

describe('FakeDiscordServer with a real discord.js Client', () => {
  it('logs in, fills the cache from GUILD_CREATE and answers heartbeats', async () => {
    const c = await login();

    expect(c.user.id).toBe(fake.botUser.id);
    expect(c.application.id).toBe(fake.applicationId);
    expect(fake.requestsTo('GET', /\/gateway\/bot$/)[0]?.headers.authorization).toBe(`Bot ${fake.token}`);
    const identify = fake.gatewayReceived.find((f) => f.op === GatewayOpcodes.Identify);
    expect(identify?.d).toMatchObject({
      token: fake.token,
      intents: GatewayIntentBits.Guilds,
      shard: [0, 1],
    });

    const general = c.channels.cache.get(CHANNEL_ID);
    const readOnly = c.channels.cache.get(READ_ONLY_CHANNEL_ID);
    if (general?.type !== ChannelType.GuildText || readOnly?.type !== ChannelType.GuildText) {
      throw new Error('guild text channels missing from the cache');
    }
    expect(general.permissionsFor(c.user)?.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(readOnly.permissionsFor(c.user)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    expect(readOnly.permissionsFor(c.user)?.has(PermissionFlagsBits.ViewChannel)).toBe(true);

    await vi.waitFor(() => expect(c.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 3000 });
    expect(fake.unhandledRequests).toEqual([]);
  });

  it('rejects a login with the wrong token', async () => {
    const c = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiRoot } });
    client = c;
    await expect(c.login('not-the-token')).rejects.toThrow(/token/i);
    expect(fake.requestsTo('GET', /\/gateway\/bot$/)[0]?.status).toBe(401);
  });

  it('delivers a slash command and records the reply callback', async () => {
    const c = await login();
    const pending = nextInteraction(c);
    const sent = fake.sendSlashCommand('ask', question('What is the age of majority?'), {
      guildId: GUILD_ID,
    });
    const interaction = await pending;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');

    expect(interaction.id).toBe(sent.id);
    expect(interaction.commandName).toBe('ask');
    expect(interaction.options.getString('question')).toBe('What is the age of majority?');
    expect(interaction.guildId).toBe(GUILD_ID);
    expect(interaction.channelId).toBe(CHANNEL_ID);
    expect(interaction.appPermissions.has(PermissionFlagsBits.SendMessages)).toBe(true);

    await interaction.reply({ content: '18 years.', allowedMentions: { parse: [] } });

    const callback = await fake.waitForRequest('POST', CALLBACK, (r) => r.path.includes(sent.token));
    expect(callback.status).toBe(204);
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.body).toMatchObject({
      type: 4,
      data: { content: '18 years.', allowed_mentions: { parse: [] } },
    });
    expect(fake.responseTo(sent.id).original?.content).toBe('18 years.');
  });

  it('handles a deferred reply, editReply, followUp, fetchReply and deleteReply', async () => {
    const c = await login();
    const pending = nextInteraction(c);
    const sent = fake.sendSlashCommand('ask', question('hi'), { guildId: GUILD_ID });
    const interaction = await pending;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');

    await interaction.deferReply();
    expect(fake.responseTo(sent.id).original?.flags).toBe(MessageFlags.Loading);
    const edited = await interaction.editReply({ content: 'Here is the answer.' });

    expect(fake.requestsTo('POST', CALLBACK)[0]?.body).toMatchObject({ type: 5 });
    const patch = await fake.waitForRequest('PATCH', ORIGINAL);
    expect(patch.body).toMatchObject({ content: 'Here is the answer.' });
    expect(edited.content).toBe('Here is the answer.');
    expect(edited.author.id).toBe(fake.botUser.id);
    expect(fake.responseTo(sent.id).original).toMatchObject({ content: 'Here is the answer.', flags: 0 });

    const followUp = await interaction.followUp({ content: 'One more thing.' });
    expect(followUp.content).toBe('One more thing.');
    expect((await interaction.fetchReply()).content).toBe('Here is the answer.');
    await interaction.deleteReply();
    expect(fake.responseTo(sent.id)).toEqual({
      followUps: [expect.objectContaining({ content: 'One more thing.' })],
    });
    expect(fake.unhandledRequests).toEqual([]);
  });

  it('sets flags 64 for an ephemeral reply in a DM and answers with_response', async () => {
    const c = await login();
    const pending = nextInteraction(c);
    fake.sendSlashCommand('help', [], { userId: '1300000000000000077' });
    const interaction = await pending;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.user.id).toBe('1300000000000000077');

    const response = await interaction.reply({
      content: 'Only you can see this.',
      flags: MessageFlags.Ephemeral,
      withResponse: true,
    });

    expect(interaction.ephemeral).toBe(true);
    const callback = fake.requestsTo('POST', CALLBACK)[0];
    expect(callback).toMatchObject({ status: 200, query: { with_response: 'true' } });
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(response.interaction.responseMessageEphemeral).toBe(true);
    expect(response.resource?.message?.content).toBe('Only you can see this.');
    expect(response.resource?.message?.flags.has(MessageFlags.Ephemeral)).toBe(true);
  });

  it('answers autocomplete with callback type 8', async () => {
    const c = await login();
    const pending = nextInteraction(c);
    fake.sendAutocomplete('ask', question('rig'), { guildId: GUILD_ID });
    const interaction = await pending;
    if (!interaction.isAutocomplete()) throw new Error('expected an autocomplete interaction');
    expect(interaction.options.getFocused()).toBe('rig');

    await interaction.respond([{ name: 'Rights of the child', value: 'rights' }]);

    const callback = await fake.waitForRequest('POST', CALLBACK);
    expect(callback.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Rights of the child', value: 'rights' }] },
    });
  });

  it('rejects a reply that is too long or too late, like Discord does', async () => {
    await fake.stop();
    fake = await new FakeDiscordServer({ ackWindowMs: 300 }).start();
    fake.addGuild({ id: GUILD_ID });
    fake.addChannel({ id: CHANNEL_ID, guildId: GUILD_ID });
    const c = await login();

    let pending = nextInteraction(c);
    fake.sendSlashCommand('ask', question('long'), { guildId: GUILD_ID });
    let interaction = await pending;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await expect(interaction.reply('x'.repeat(2001))).rejects.toMatchObject({ code: 50035, status: 400 });

    pending = nextInteraction(c);
    fake.sendSlashCommand('ask', question('slow'), { guildId: GUILD_ID });
    interaction = await pending;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(interaction.reply('finally')).rejects.toMatchObject({ code: 10062, status: 404 });
  });

  it('fetches an uncached channel, then posts to it', async () => {
    const c = await login();
    fake.addChannel({ id: LATE_CHANNEL_ID, guildId: GUILD_ID, name: 'created-after-login' });

    const channel = (await c.channels.fetch(LATE_CHANNEL_ID)) as TextChannel | null;
    expect(channel?.name).toBe('created-after-login');
    const message = await channel?.send({
      content: 'Daily fact',
      files: [{ attachment: Buffer.from('hi'), name: 'a.txt' }],
    });

    const get = fake.requestsTo('GET', new RegExp(`/channels/${LATE_CHANNEL_ID}$`));
    const post = fake.requestsTo('POST', new RegExp(`/channels/${LATE_CHANNEL_ID}/messages$`));
    expect(get).toHaveLength(1);
    expect(post).toHaveLength(1);
    expect(fake.requests.indexOf(get[0] as never)).toBeLessThan(fake.requests.indexOf(post[0] as never));
    expect(post[0]?.body).toMatchObject({ content: 'Daily fact' });
    expect(message?.author.id).toBe(fake.botUser.id);
    expect(post[0]?.files).toEqual([
      { field: 'files[0]', filename: 'a.txt', contentType: expect.any(String), size: 2 },
    ]);
    expect(message?.attachments.first()).toMatchObject({ name: 'a.txt', size: 2 });
    expect(fake.messagesIn(LATE_CHANNEL_ID).map((m) => m.content)).toEqual(['Daily fact']);
  });

  it('turns channel faults and missing permissions into DiscordAPIErrors', async () => {
    const c = await login();
    const general = c.channels.cache.get(CHANNEL_ID) as TextChannel;
    const readOnly = c.channels.cache.get(READ_ONLY_CHANNEL_ID) as TextChannel;

    fake.failChannel(CHANNEL_ID, 'no_access');
    const error = await general.send('hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50001, status: 403 });

    await expect(readOnly.send('hello')).rejects.toMatchObject({ code: 50013, status: 403 });
    fake.failChannel(CHANNEL_ID, 'missing');
    await expect(c.channels.fetch(CHANNEL_ID, { force: true })).rejects.toMatchObject({
      code: 10003,
      status: 404,
    });
    fake.healChannel(CHANNEL_ID);
    await expect(general.send('hello')).resolves.toMatchObject({ content: 'hello' });
  });

  it('answers a rate-limited request with 429 and discord.js retries after retry_after', async () => {
    const c = await login();
    const general = c.channels.cache.get(CHANNEL_ID) as TextChannel;
    fake.rateLimitNext(/\/messages$/, 0.3);

    await general.send('after the wait');

    const [limited, retried] = fake.requestsTo('POST', /\/messages$/);
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(250);
  });

  it('records command registration through a standalone REST client', async () => {
    const rest = new REST({ api: fake.apiRoot }).setToken(fake.token);
    const route = Routes.applicationGuildCommands(fake.applicationId, GUILD_ID);
    const body = [
      {
        name: 'ask',
        description: 'Ask Bala a question',
        options: [{ name: 'question', description: 'Your question', type: 3, required: true }],
      },
      { name: 'help', description: 'How to use Bala' },
    ];

    const first = (await rest.put(route, { body })) as Array<{ id: string; name: string }>;
    const second = (await rest.put(route, { body })) as Array<{ id: string; name: string }>;

    expect(first.map((cmd) => cmd.name)).toEqual(['ask', 'help']);
    expect(second.map((cmd) => cmd.id)).toEqual(first.map((cmd) => cmd.id));
    expect(fake.commands(GUILD_ID).map((cmd) => cmd.name)).toEqual(['ask', 'help']);
    expect(fake.commands()).toEqual([]);
    expect(await rest.get(route)).toEqual(fake.commands(GUILD_ID));
    expect(fake.requestsTo('PUT', /\/applications\/\d+\/guilds\/\d+\/commands$/)[0]?.body).toEqual(body);

    const tooLong = [{ name: 'ask', description: 'x'.repeat(101) }];
    await expect(rest.put(route, { body: tooLong })).rejects.toMatchObject({ code: 50035 });
  });

  it('answers 401 without a bot token and 404 for routes it lacks, recording both', async () => {
    const me = await fetch(`${fake.apiRoot}/v10/users/@me`);
    expect(me.status).toBe(401);
    expect(await me.json()).toEqual({ message: '401: Unauthorized', code: 0 });

    const missing = await fetch(`${fake.apiRoot}/v10/stickers/1`, {
      headers: { authorization: `Bot ${fake.token}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.unhandledRequests.map((r) => r.path)).toEqual(['/api/v10/stickers/1']);

    await expect(fake.waitForRequest('GET', /\/never$/, undefined, 50)).rejects.toThrow(
      /No GET .*never.* within 50ms/,
    );
  });
});

describe('FakeDiscordServer gateway protocol', () => {
  async function connect(query = '?v=10&encoding=json'): Promise<{ socket: WebSocket; frames: unknown[] }> {
    const socket = new WebSocket(`${fake.gatewayUrl}/${query}`);
    const frames: unknown[] = [];
    socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString())));
    await once(socket, 'open');
    return { socket, frames };
  }

  it('closes with 4004 on a wrong token and refuses RESUME with op 9', async () => {
    const bad = await connect();
    bad.socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
    const [code] = (await once(bad.socket, 'close')) as [number];
    expect(code).toBe(4004);
    expect(bad.frames[0]).toMatchObject({ op: 10, d: { heartbeat_interval: 200 } });

    const resumer = await connect();
    resumer.socket.send(JSON.stringify({ op: 6, d: { token: fake.token, session_id: 'old', seq: 3 } }));
    await vi.waitFor(() =>
      expect(resumer.frames).toContainEqual(expect.objectContaining({ op: 9, d: false })),
    );
    resumer.socket.close();
  });

  it('sends increasing sequence numbers and supports zlib-stream compression', async () => {
    const socket = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const chunks: Buffer[] = [];
    socket.on('message', (data: Buffer) => chunks.push(data));
    await once(socket, 'open');
    socket.send(
      JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {}, shard: [0, 1] } }),
    );
    await vi.waitFor(() => expect(fake.connectedClients).toBe(1));
    fake.dispatch('TEST_EVENT', { hello: 'world' });

    // Every payload ends with a sync flush, so the stream so far inflates to whole JSON documents.
    const payloads = () =>
      inflateSync(Buffer.concat(chunks), { finishFlush: zlibConstants.Z_SYNC_FLUSH })
        .toString()
        .split(/(?<=\})(?=\{"op")/)
        .map((text) => JSON.parse(text) as { op: number; t: string | null; s: number | null });
    await vi.waitFor(() =>
      expect(payloads().map((p) => p.t)).toEqual([null, 'READY', 'GUILD_CREATE', 'TEST_EVENT']),
    );
    expect(payloads().map((p) => p.s)).toEqual([null, 1, 2, 3]);
    socket.close();
  });
});
