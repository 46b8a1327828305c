/**
 * An in-process stand-in for Discord's REST API (v10) and gateway, so end-to-end tests and benchmarks can
 * drive a real discord.js Client without the internet. It speaks the wire format discord.js 14 uses, records
 * every REST request, keeps enough state (guilds, roles, channels, interactions, registered commands) for a bot
 * to compute permissions and edit its replies, and enforces the limits that real Discord rejects requests for
 * (message size, the 3-second interaction window, command naming), so bugs show up here rather than in prod.
 *
 * Deliberately free of test-runner imports so a standalone benchmark script can use it too.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeflate, constants as zlibConstants } from 'node:zlib';
import {
  type APIEmbed,
  type APIMessage,
  type APIUser,
  type ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  OverwriteType,
  PermissionFlagsBits,
} from 'discord.js';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';

type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  /** Decoded path including the `/api/v10` prefix, without the query (so `@original` appears literally). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON; for multipart uploads the parsed `payload_json` part; undefined when there was no body. */
  body: unknown;
  /** Files of a multipart upload (discord.js names their parts `files[0]`, `files[1]`, ...). */
  files: UploadedFile[];
  headers: IncomingHttpHeaders;
  at: number;
  /** Route template that answered, e.g. `POST /channels/:channelId/messages`; null when the fake has none. */
  route: string | null;
  status: number;
}

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  at: number;
}

export type ChannelFault = 'missing' | 'no_access' | 'no_permission';

export interface FakeDiscordOptions {
  token?: string;
  /** Also the bot user's id, as for every application Discord has created since 2020. */
  applicationId?: string;
  botUsername?: string;
  heartbeatIntervalMs?: number;
  /** How long an interaction may go unanswered before its callback fails with 10062; Discord allows 3 s. */
  ackWindowMs?: number;
}

export interface FakeRole {
  id: string;
  name?: string;
  permissions?: bigint | string;
  position?: number;
}

export interface FakeGuildOptions {
  id: string;
  name?: string;
  /** Extra roles; give the bot some of them with `botRoleIds`. */
  roles?: FakeRole[];
  /** Granted through the bot's managed role. @everyone has none unless `everyonePermissions` says so. */
  botPermissions?: bigint | string;
  everyonePermissions?: bigint | string;
  botRoleIds?: string[];
  ownerId?: string;
}

export interface FakeOverwrite {
  id: string;
  type: OverwriteType;
  allow?: bigint | string;
  deny?: bigint | string;
}

export interface FakeChannelOptions {
  id: string;
  guildId?: string;
  name?: string;
  type?: ChannelType;
  permission_overwrites?: FakeOverwrite[];
}

export interface InteractionOption {
  name: string;
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
  options?: InteractionOption[];
  focused?: boolean;
}

export interface InteractionOptions {
  guildId?: string;
  channelId?: string;
  userId?: string;
  username?: string;
  locale?: string;
  memberPermissions?: bigint | string;
}

export interface SentInteraction {
  id: string;
  token: string;
  applicationId: string;
  payload: Json;
}

export interface RegisteredCommand {
  id: string;
  name: string;
  type: number;
  description: string;
  guild_id?: string;
  [key: string]: unknown;
}

export const DEFAULT_TOKEN = 'ZmFrZS1kaXNjb3JkLWJvdA.fake.token';
export const DEFAULT_APPLICATION_ID = '1100000000000000001';
export const DEFAULT_USER_ID = '1300000000000000001';

const P = PermissionFlagsBits;
const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);
export const DEFAULT_BOT_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.SendMessagesInThreads | P.EmbedLinks | P.ReadMessageHistory;
const DEFAULT_MEMBER_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.ReadMessageHistory | P.AddReactions | P.UseApplicationCommands;
const DM_APP_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory;
const DISCORD_EPOCH = 1420070400000n;

interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  roles: Array<{ id: string; name: string; permissions: bigint; position: number; botId?: string }>;
  botRoleIds: string[];
  joinedAt: string;
}

interface ChannelState {
  id: string;
  type: ChannelType;
  name: string;
  guildId?: string;
  overwrites: Array<{ id: string; type: OverwriteType; allow: bigint; deny: bigint }>;
  recipient?: APIUser;
}

interface InteractionState {
  id: string;
  token: string;
  type: InteractionType;
  user: APIUser;
  channelId: string;
  createdAt: number;
  acknowledged: boolean;
  original?: APIMessage;
  followUps: Map<string, APIMessage>;
}

interface GatewaySession {
  socket: WebSocket;
  seq: number;
  identified: boolean;
  sessionId: string;
  send: (payload: Json) => void;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Context {
  param: (name: string) => string;
  body: unknown;
  json: Json;
  files: UploadedFile[];
  query: URLSearchParams;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  keys: string[];
  auth: boolean;
  handle: (ctx: Context) => Reply;
}

interface Waiter {
  matches: (r: RecordedRequest) => boolean;
  resolve: (r: RecordedRequest) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

const ok = (body: unknown, status = 200): Reply => ({ status, body });
const NO_CONTENT: Reply = { status: 204 };
const apiError = (status: number, code: number, message: string, errors?: Json): Reply => ({
  status,
  body: errors ? { message, code, errors } : { message, code },
});
const unknownChannel = () => apiError(404, 10003, 'Unknown Channel');
const missingAccess = () => apiError(403, 50001, 'Missing Access');
const missingPermissions = () => apiError(403, 50013, 'Missing Permissions');

export class FakeDiscordServer {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly requests: RecordedRequest[] = [];
  /** Every payload clients sent over the gateway (IDENTIFY, heartbeats, ...). */
  readonly gatewayReceived: GatewayFrame[] = [];

  private readonly heartbeatIntervalMs: number;
  private readonly ackWindowMs: number;
  private readonly http = createServer((req, res) => {
    // A client that hangs up mid-body is not worth an unhandled rejection.
    this.onHttp(req, res).catch(() => res.destroy());
  });
  private readonly wss = new WebSocketServer({ server: this.http });
  private readonly routes: Route[];
  private readonly sessions = new Set<GatewaySession>();
  private readonly waiters = new Set<Waiter>();
  private readonly guilds = new Map<string, GuildState>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly channelFaults = new Map<string, ChannelFault>();
  private readonly rateLimits: Array<{ pattern: RegExp; retryAfter: number }> = [];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly commandSets = new Map<string, RegisteredCommand[]>();
  private readonly commandIds = new Map<string, string>();
  private readonly channelMessages: APIMessage[] = [];
  private snowflakeCounter = 0;
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 45_000;
    this.ackWindowMs = options.ackWindowMs ?? 3_000;
    this.botUser = {
      id: this.applicationId,
      username: options.botUsername ?? 'Bala',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.routes = this.buildRoutes();
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  /**
   * Destroy discord.js clients before calling this: a client that sees the gateway vanish keeps reconnecting,
   * and discord.js 14 ignores `destroy()` while it sleeps between attempts, which keeps the process alive.
   */
  async stop(): Promise<void> {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('The fake Discord server stopped before the awaited request arrived'));
    }
    this.waiters.clear();
    // terminate() rather than close(): a close frame with 1000 would make discord.js reconnect straight away.
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    if (!this.http.listening) return;
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
    });
  }

  /** Pass as `rest: { api }` to discord.js; it appends `/v10` itself. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.requirePort()}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.requirePort()}`;
  }

  /** Gateway clients that have identified, i.e. would receive `dispatch`. */
  get connectedClients(): number {
    return [...this.sessions].filter((s) => s.identified).length;
  }

  /** Requests to routes the fake does not implement: a bot relying on one is untested here. */
  get unhandledRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === null);
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && test(pathPattern, r.path));
  }

  /** Resolves with the first matching request, whether it already arrived or arrives later. */
  waitForRequest(
    method: string,
    pathPattern: RegExp,
    predicate: (r: RecordedRequest) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<RecordedRequest> {
    const matches = (r: RecordedRequest) =>
      r.method === method.toUpperCase() && test(pathPattern, r.path) && predicate(r);
    const seen = this.requests.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        matches,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const log =
            this.requests.map((r) => `  ${r.status} ${r.method} ${r.path}`).join('\n') || '  (none)';
          reject(
            new Error(`No ${method} ${pathPattern} request within ${timeoutMs}ms. Requests seen:\n${log}`),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  failChannel(channelId: string, fault: ChannelFault): void {
    this.channelFaults.set(channelId, fault);
  }

  healChannel(channelId: string): void {
    this.channelFaults.delete(channelId);
  }

  /** The next request whose path matches gets a 429; discord.js then waits `retryAfterSeconds` and retries. */
  rateLimitNext(routePattern: RegExp, retryAfterSeconds: number): void {
    this.rateLimits.push({ pattern: routePattern, retryAfter: retryAfterSeconds });
  }

  /** Registers a guild the bot is in; guilds added before login arrive with READY + GUILD_CREATE. */
  addGuild(options: FakeGuildOptions): void {
    const botRole = {
      id: this.snowflake(),
      name: this.botUser.username,
      permissions: BigInt(options.botPermissions ?? DEFAULT_BOT_PERMISSIONS),
      position: 1,
      botId: this.botUser.id,
    };
    const everyone = {
      id: options.id,
      name: '@everyone',
      permissions: BigInt(options.everyonePermissions ?? 0),
      position: 0,
    };
    const extra = (options.roles ?? []).map((r, i) => ({
      id: r.id,
      name: r.name ?? `role-${i}`,
      permissions: BigInt(r.permissions ?? 0),
      position: r.position ?? i + 2,
    }));
    this.guilds.set(options.id, {
      id: options.id,
      name: options.name ?? `Guild ${options.id}`,
      ownerId: options.ownerId ?? '1400000000000000001',
      roles: [everyone, botRole, ...extra],
      botRoleIds: [botRole.id, ...(options.botRoleIds ?? [])],
      joinedAt: new Date().toISOString(),
    });
  }

  /** Registers a channel. Without `guildId` it is a DM channel. Not announced over the gateway by itself. */
  addChannel(options: FakeChannelOptions): void {
    if (options.guildId && !this.guilds.has(options.guildId)) {
      throw new Error(`addChannel: guild ${options.guildId} is unknown; call addGuild first`);
    }
    this.channels.set(options.id, {
      id: options.id,
      type: options.type ?? (options.guildId ? ChannelType.GuildText : ChannelType.DM),
      name: options.name ?? `channel-${options.id}`,
      ...(options.guildId ? { guildId: options.guildId } : {}),
      overwrites: (options.permission_overwrites ?? []).map((o) => ({
        id: o.id,
        type: o.type,
        allow: BigInt(o.allow ?? 0),
        deny: BigInt(o.deny ?? 0),
      })),
    });
  }

  /** The channel as the REST API returns it, e.g. for `dispatch('CHANNEL_CREATE', fake.channel(id))`. */
  channel(channelId: string): Json {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`channel ${channelId} is unknown`);
    return this.channelObject(channel);
  }

  /** The full GUILD_CREATE payload: roles, channels and the bot's member. */
  guildCreatePayload(guildId: string): Json {
    const guild = this.requireGuild(guildId);
    return {
      ...this.guildObject(guild),
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: 2,
      members: [this.botMember(guild)],
      channels: [...this.channels.values()]
        .filter((c) => c.guildId === guildId)
        .map((c) => this.channelObject(c)),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  dispatchGuildCreate(guildId: string): void {
    this.dispatch('GUILD_CREATE', this.guildCreatePayload(guildId));
  }

  /** Sends a dispatch (op 0) to every identified client; throws when none is connected, as that is a test bug. */
  dispatch(eventName: string, data: unknown): number {
    const targets = [...this.sessions].filter((s) => s.identified);
    if (targets.length === 0) throw new Error(`dispatch(${eventName}): no gateway client has identified yet`);
    for (const session of targets) this.sendDispatch(session, eventName, data);
    return targets.length;
  }

  sendSlashCommand(
    name: string,
    options: InteractionOption[] = [],
    opts: InteractionOptions = {},
  ): SentInteraction {
    return this.sendInteraction(InteractionType.ApplicationCommand, name, options, opts);
  }

  /** Without an explicit `focused: true`, the last (deepest) option is the one being typed. */
  sendAutocomplete(
    name: string,
    options: InteractionOption[],
    opts: InteractionOptions = {},
  ): SentInteraction {
    const hasFocus = (list: InteractionOption[]): boolean =>
      list.some((o) => o.focused === true || hasFocus(o.options ?? []));
    const focusLast = (list: InteractionOption[]): InteractionOption[] =>
      list.map((o, i) =>
        i < list.length - 1
          ? o
          : o.options?.length
            ? { ...o, options: focusLast(o.options) }
            : { ...o, focused: true },
      );
    const withFocus = hasFocus(options) ? options : focusLast(options);
    return this.sendInteraction(InteractionType.ApplicationCommandAutocomplete, name, withFocus, opts);
  }

  /** What the user sees for an interaction: the original response and any follow-ups, after all edits. */
  responseTo(interactionId: string): { original?: APIMessage; followUps: APIMessage[] } {
    const it = this.interactions.get(interactionId);
    if (!it) throw new Error(`interaction ${interactionId} is unknown`);
    return { ...(it.original ? { original: it.original } : {}), followUps: [...it.followUps.values()] };
  }

  /** Messages the bot posted with `POST /channels/:id/messages`. */
  messagesIn(channelId: string): APIMessage[] {
    return this.channelMessages.filter((m) => m.channel_id === channelId);
  }

  /** Commands registered globally, or for a guild when `guildId` is given. */
  commands(guildId?: string): RegisteredCommand[] {
    return this.commandSets.get(guildId ?? 'global') ?? [];
  }

  // ---- REST ----------------------------------------------------------------------------------------------

  private buildRoutes(): Route[] {
    const routes: Route[] = [];
    const add = (method: string, template: string, auth: boolean, handle: (ctx: Context) => Reply) => {
      const keys: string[] = [];
      const source = template.replace(/:(\w+)/g, (_, key: string) => {
        keys.push(key);
        return '([^/]+)';
      });
      routes.push({ method, template, regex: new RegExp(`^${source}$`), keys, auth, handle });
    };
    const gateway = {
      url: '',
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    };

    add('GET', '/gateway', false, () => ok({ url: this.gatewayUrl }));
    add('GET', '/gateway/bot', true, () => ok({ ...gateway, url: this.gatewayUrl }));
    add('GET', '/users/@me', true, () => ok(this.botUser));
    add('GET', '/applications/@me', true, () =>
      ok({
        id: this.applicationId,
        name: this.botUser.username,
        description: '',
        icon: null,
        bot_public: true,
        bot_require_code_grant: false,
        flags: 0,
        bot: this.botUser,
      }),
    );

    add('GET', '/channels/:channelId', true, (ctx) => {
      const channel = this.channels.get(ctx.param('channelId'));
      const fault = this.channelFaults.get(ctx.param('channelId'));
      if (!channel || fault === 'missing') return unknownChannel();
      if (fault === 'no_access' || !(this.botPermissionsIn(channel) & P.ViewChannel)) return missingAccess();
      return ok(this.channelObject(channel));
    });
    add('POST', '/channels/:channelId/messages', true, (ctx) => {
      const channel = this.channels.get(ctx.param('channelId'));
      const fault = this.channelFaults.get(ctx.param('channelId'));
      if (!channel || fault === 'missing') return unknownChannel();
      const permissions = this.botPermissionsIn(channel);
      if (fault === 'no_access' || !(permissions & P.ViewChannel)) return missingAccess();
      if (fault === 'no_permission' || !(permissions & P.SendMessages)) return missingPermissions();
      const invalid = validateMessage(ctx.json, true);
      if (invalid) return invalid;
      const message = this.message(channel.id, ctx.json, ctx.files);
      this.channelMessages.push(message);
      return ok(message);
    });

    add('GET', '/guilds/:guildId', true, (ctx) => {
      const guild = this.guilds.get(ctx.param('guildId'));
      return guild ? ok(this.guildObject(guild)) : apiError(404, 10004, 'Unknown Guild');
    });
    add('GET', '/guilds/:guildId/channels', true, (ctx) => {
      if (!this.guilds.has(ctx.param('guildId'))) return apiError(404, 10004, 'Unknown Guild');
      const inGuild = [...this.channels.values()].filter((c) => c.guildId === ctx.param('guildId'));
      return ok(inGuild.map((c) => this.channelObject(c)));
    });
    add('GET', '/guilds/:guildId/roles', true, (ctx) => {
      const guild = this.guilds.get(ctx.param('guildId'));
      return guild ? ok(this.roleObjects(guild)) : apiError(404, 10004, 'Unknown Guild');
    });
    add('GET', '/guilds/:guildId/members/:userId', true, (ctx) => {
      const guild = this.guilds.get(ctx.param('guildId'));
      if (!guild) return apiError(404, 10004, 'Unknown Guild');
      const isBot = ctx.param('userId') === this.botUser.id || ctx.param('userId') === '@me';
      return isBot ? ok(this.botMember(guild)) : apiError(404, 10007, 'Unknown Member');
    });

    for (const scope of ['', '/guilds/:guildId']) {
      const template = `/applications/:appId${scope}/commands`;
      const setKey = (ctx: Context) => (scope ? ctx.param('guildId') : 'global');
      const check = (ctx: Context): Reply | null => {
        if (ctx.param('appId') !== this.applicationId) return apiError(404, 10002, 'Unknown Application');
        if (scope && !this.guilds.has(ctx.param('guildId'))) return missingAccess();
        return null;
      };
      add(
        'GET',
        template,
        true,
        (ctx) => check(ctx) ?? ok(this.commands(scope ? ctx.param('guildId') : undefined)),
      );
      add('PUT', template, true, (ctx) => {
        const invalid = check(ctx) ?? validateCommands(ctx.body);
        if (invalid) return invalid;
        return ok(this.storeCommands(setKey(ctx), ctx.body as Json[]));
      });
      add('POST', template, true, (ctx) => {
        const invalid = check(ctx) ?? validateCommands([ctx.json]);
        if (invalid) return invalid;
        const current = this.commands(scope ? ctx.param('guildId') : undefined);
        const others = current.filter((c) => !sameCommand(c, ctx.json));
        const stored = this.storeCommands(setKey(ctx), [...others, ctx.json]);
        return ok(stored[stored.length - 1], others.length === current.length ? 201 : 200);
      });
    }

    add('POST', '/interactions/:id/:token/callback', false, (ctx) => this.interactionCallback(ctx));
    add('POST', '/webhooks/:appId/:token', false, (ctx) => {
      const it = this.webhookInteraction(ctx);
      if (!it) return apiError(404, 10015, 'Unknown Webhook');
      const invalid = validateMessage(ctx.json, true);
      if (invalid) return invalid;
      const message = this.interactionMessage(it, ctx.json, ctx.files);
      it.followUps.set(message.id, message);
      return ctx.query.get('wait') === 'true' ? ok(message) : NO_CONTENT;
    });
    const webhookMessage = '/webhooks/:appId/:token/messages/:messageId';
    add('GET', webhookMessage, false, (ctx) => this.withWebhookMessage(ctx, (message) => ok(message)));
    add('PATCH', webhookMessage, false, (ctx) =>
      this.withWebhookMessage(ctx, (message) => {
        const merged = {
          content: message.content,
          embeds: message.embeds,
          components: message.components,
          attachments: message.attachments,
          ...ctx.json,
        };
        const invalid = validateMessage(merged, true);
        if (invalid) return invalid;
        editMessage(message, ctx.json);
        return ok(message);
      }),
    );
    add('DELETE', webhookMessage, false, (ctx) =>
      this.withWebhookMessage(ctx, (message, it) => {
        if (it.original === message) delete it.original;
        it.followUps.delete(message.id);
        return NO_CONTENT;
      }),
    );
    return routes;
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodePath(url.pathname);
    const method = (req.method ?? 'GET').toUpperCase();
    const { body, files } = parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? '');
    const apiPath = path.startsWith('/api/v10/') ? path.slice('/api/v10'.length) : null;
    let route: Route | undefined;
    let match: RegExpExecArray | null = null;
    for (const candidate of this.routes) {
      match = apiPath === null || candidate.method !== method ? null : candidate.regex.exec(apiPath);
      if (match) {
        route = candidate;
        break;
      }
    }
    const recorded: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      headers: req.headers,
      at: Date.now(),
      route: route ? `${method} ${route.template}` : null,
      status: 0,
    };
    this.requests.push(recorded);

    let reply: Reply;
    const limitAt = this.rateLimits.findIndex((r) => test(r.pattern, path));
    if (limitAt >= 0) {
      const [limit] = this.rateLimits.splice(limitAt, 1);
      reply = rateLimited(limit?.retryAfter ?? 1);
    } else if (!route || !match) {
      reply = apiError(404, 0, '404: Not Found');
    } else if (route.auth && req.headers.authorization !== `Bot ${this.token}`) {
      reply = apiError(401, 0, '401: Unauthorized');
    } else {
      const values = match.slice(1);
      const keys = route.keys;
      const ctx: Context = {
        param: (name) => values[keys.indexOf(name)] ?? '',
        body,
        json: isJson(body) ? body : {},
        files,
        query: url.searchParams,
      };
      try {
        reply = route.handle(ctx);
      } catch (error) {
        // A bug in the fake, not a Discord behaviour: make it loud rather than a silent retry loop.
        console.error('fake Discord server: handler failed', error);
        reply = apiError(500, 0, '500: Internal Server Error');
      }
    }
    recorded.status = reply.status;
    if (reply.body === undefined) {
      res.writeHead(reply.status, reply.headers);
      res.end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    }
    this.notifyWaiters(recorded);
  }

  private notifyWaiters(request: RecordedRequest): void {
    for (const waiter of this.waiters) {
      let matched: boolean;
      try {
        matched = waiter.matches(request);
      } catch (error) {
        matched = false;
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
      }
      if (!matched) continue;
      this.waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(request);
    }
  }

  // ---- interactions --------------------------------------------------------------------------------------

  private sendInteraction(
    type: InteractionType,
    name: string,
    options: InteractionOption[],
    opts: InteractionOptions,
  ): SentInteraction {
    const user: APIUser = {
      id: opts.userId ?? DEFAULT_USER_ID,
      username: opts.username ?? 'tester',
      discriminator: '0',
      global_name: null,
      avatar: null,
    };
    const { channel, guild } = this.interactionPlace(opts, user);
    const id = this.snowflake();
    const token = `aW50ZXJhY3Rpb246${id}${randomBytes(24).toString('base64url')}`;
    const command =
      (guild && this.commands(guild.id).find((c) => c.name === name)) ||
      this.commands().find((c) => c.name === name);
    const commandId = command?.id ?? this.commandIds.get(name) ?? this.snowflake();
    this.commandIds.set(name, commandId);
    const memberPermissions = BigInt(opts.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS).toString();
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data: {
        id: commandId,
        name,
        type: ApplicationCommandType.ChatInput,
        ...(options.length ? { options } : {}),
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      },
      channel_id: channel.id,
      channel: { ...this.channelObject(channel), ...(guild ? { permissions: memberPermissions } : {}) },
      locale: opts.locale ?? 'en-US',
      app_permissions: (guild ? this.botPermissionsIn(channel) : DM_APP_PERMISSIONS).toString(),
      entitlements: [],
      // Key '0' is GUILD_INSTALL; Discord reports guild id '0' for DMs with the bot.
      authorizing_integration_owners: { '0': guild?.id ?? '0' },
      context: guild ? 0 : 1,
      attachment_size_limit: 10 * 1024 * 1024,
      ...(guild
        ? {
            guild_id: guild.id,
            guild: { id: guild.id, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: {
              user,
              roles: [],
              permissions: memberPermissions,
              joined_at: new Date().toISOString(),
              nick: null,
              avatar: null,
              premium_since: null,
              deaf: false,
              mute: false,
              flags: 0,
              pending: false,
              communication_disabled_until: null,
            },
          }
        : { user }),
    };
    this.interactions.set(id, {
      id,
      token,
      type,
      user,
      channelId: channel.id,
      createdAt: Date.now(),
      acknowledged: false,
      followUps: new Map(),
    });
    this.dispatch('INTERACTION_CREATE', payload);
    return { id, token, applicationId: this.applicationId, payload };
  }

  private interactionPlace(
    opts: InteractionOptions,
    user: APIUser,
  ): { channel: ChannelState; guild?: GuildState } {
    const known = opts.channelId ? this.channels.get(opts.channelId) : undefined;
    const guildId = opts.guildId ?? known?.guildId;
    if (!guildId) {
      const dm = known ?? [...this.channels.values()].find((c) => c.recipient?.id === user.id);
      if (dm) return { channel: dm };
      const channel: ChannelState = {
        id: opts.channelId ?? this.snowflake(),
        type: ChannelType.DM,
        name: '',
        overwrites: [],
        recipient: user,
      };
      this.channels.set(channel.id, channel);
      return { channel };
    }
    const guild = this.requireGuild(guildId);
    if (opts.channelId && !known) this.addChannel({ id: opts.channelId, guildId });
    const channel = opts.channelId
      ? this.channels.get(opts.channelId)
      : [...this.channels.values()].find((c) => c.guildId === guildId && c.type === ChannelType.GuildText);
    if (!channel)
      throw new Error(`guild ${guildId} has no text channel; pass channelId or call addChannel first`);
    return { channel, guild };
  }

  private interactionCallback(ctx: Context): Reply {
    const it = this.interactions.get(ctx.param('id'));
    if (!it || it.token !== ctx.param('token')) return apiError(404, 10062, 'Unknown interaction');
    if (it.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - it.createdAt > this.ackWindowMs) return apiError(404, 10062, 'Unknown interaction');
    const type = ctx.json.type;
    const data = isJson(ctx.json.data) ? ctx.json.data : {};
    const allowed =
      it.type === InteractionType.ApplicationCommandAutocomplete
        ? [InteractionResponseType.ApplicationCommandAutocompleteResult]
        : [
            InteractionResponseType.ChannelMessageWithSource,
            InteractionResponseType.DeferredChannelMessageWithSource,
            InteractionResponseType.Modal,
          ];
    if (typeof type !== 'number' || !allowed.includes(type)) {
      return apiError(400, 50035, 'Invalid Form Body', {
        type: {
          _errors: [
            { code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: 'Invalid interaction callback type' },
          ],
        },
      });
    }
    if (type === InteractionResponseType.ChannelMessageWithSource) {
      const invalid = validateMessage(data, true);
      if (invalid) return invalid;
      it.original = this.interactionMessage(it, data, ctx.files);
    } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
      // The "Bala is thinking..." placeholder that editReply later fills in.
      it.original = this.interactionMessage(it, { flags: Number(data.flags ?? 0) | MessageFlags.Loading });
    } else if (type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      const invalid = validateChoices(data.choices);
      if (invalid) return invalid;
    }
    it.acknowledged = true;
    if (ctx.query.get('with_response') !== 'true') return NO_CONTENT;
    const flags = it.original?.flags ?? 0;
    return ok({
      interaction: {
        id: it.id,
        type: it.type,
        ...(it.original
          ? {
              response_message_id: it.original.id,
              response_message_loading: Boolean(flags & MessageFlags.Loading),
              response_message_ephemeral: Boolean(flags & MessageFlags.Ephemeral),
            }
          : {}),
      },
      resource: { type, ...(it.original ? { message: it.original } : {}) },
    });
  }

  private webhookInteraction(ctx: Context): InteractionState | undefined {
    if (ctx.param('appId') !== this.applicationId) return undefined;
    return [...this.interactions.values()].find((it) => it.token === ctx.param('token'));
  }

  private withWebhookMessage(
    ctx: Context,
    then: (message: APIMessage, it: InteractionState) => Reply,
  ): Reply {
    const it = this.webhookInteraction(ctx);
    if (!it) return apiError(404, 10015, 'Unknown Webhook');
    const id = ctx.param('messageId');
    const message = id === '@original' ? it.original : it.followUps.get(id);
    return message ? then(message, it) : apiError(404, 10008, 'Unknown Message');
  }

  private interactionMessage(it: InteractionState, body: Json, files: UploadedFile[] = []): APIMessage {
    return this.message(it.channelId, body, files, {
      type: MessageType.ChatInputCommand,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: it.id,
        type: InteractionType.ApplicationCommand,
        user: it.user,
        authorizing_integration_owners: {},
        ...(it.original ? { original_response_message_id: it.original.id } : {}),
      },
    });
  }

  // ---- gateway -------------------------------------------------------------------------------------------

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const session: GatewaySession = {
      socket,
      seq: 0,
      identified: false,
      sessionId: randomBytes(16).toString('hex'),
      send: (payload) => socket.send(JSON.stringify(payload)),
    };
    if (url.searchParams.get('compress') === 'zlib-stream') {
      // Discord's transport compression: one zlib context for the whole connection, sync-flushed per payload.
      const deflate = createDeflate({ flush: zlibConstants.Z_SYNC_FLUSH });
      deflate.on('data', (chunk: Buffer) => socket.send(chunk));
      socket.once('close', () => deflate.destroy());
      session.send = (payload) => deflate.write(JSON.stringify(payload));
    }
    this.sessions.add(session);
    socket.on('message', (raw) => this.onGatewayMessage(session, raw));
    socket.on('close', () => this.sessions.delete(session));
    socket.on('error', () => this.sessions.delete(session));
    session.send({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  private onGatewayMessage(session: GatewaySession, raw: RawData): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(raw.toString());
    } catch {
      session.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    if (typeof frame.op !== 'number') {
      session.socket.close(4001, 'Unknown opcode.');
      return;
    }
    this.gatewayReceived.push({ op: frame.op, d: frame.d, at: Date.now() });
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        session.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        this.identify(session, isJson(frame.d) ? frame.d : {});
        break;
      case GatewayOpcodes.Resume:
        // There is no replay buffer here, so every resume is refused and the client re-identifies.
        session.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
        break;
    }
  }

  private identify(session: GatewaySession, d: Json): void {
    if (session.identified) {
      session.socket.close(4005, 'Already authenticated.');
      return;
    }
    if (d.token !== this.token) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    session.identified = true;
    const guilds = [...this.guilds.values()];
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      // Discord sends guilds as unavailable stubs and fills each in with a GUILD_CREATE right after.
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.sessionId,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard: Array.isArray(d.shard) ? d.shard : [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const guild of guilds) this.sendDispatch(session, 'GUILD_CREATE', this.guildCreatePayload(guild.id));
  }

  private sendDispatch(session: GatewaySession, eventName: string, data: unknown): void {
    session.seq += 1;
    session.send({ op: GatewayOpcodes.Dispatch, t: eventName, s: session.seq, d: data });
  }

  // ---- objects -------------------------------------------------------------------------------------------

  private snowflake(): string {
    const sinceEpoch = BigInt(Date.now()) - DISCORD_EPOCH;
    this.snowflakeCounter = (this.snowflakeCounter + 1) & 0xfff;
    return ((sinceEpoch << 22n) | BigInt(this.snowflakeCounter)).toString();
  }

  private requirePort(): number {
    if (!this.port) throw new Error('The fake Discord server is not listening; await start() first');
    return this.port;
  }

  private requireGuild(guildId: string): GuildState {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`guild ${guildId} is unknown; call addGuild first`);
    return guild;
  }

  /** Discord's algorithm: base role permissions, then @everyone, role and member overwrites in that order. */
  private botPermissionsIn(channel: ChannelState): bigint {
    if (!channel.guildId) return DM_APP_PERMISSIONS;
    const guild = this.requireGuild(channel.guildId);
    const memberId = this.botUser.id;
    if (guild.ownerId === memberId) return ALL_PERMISSIONS;
    const roleIds = guild.botRoleIds;
    let permissions = 0n;
    for (const role of guild.roles) {
      if (role.id === guild.id || roleIds.includes(role.id)) permissions |= role.permissions;
    }
    if (permissions & P.Administrator) return ALL_PERMISSIONS;
    const layers = [
      channel.overwrites.filter((o) => o.id === guild.id),
      channel.overwrites.filter(
        (o) => o.type === OverwriteType.Role && o.id !== guild.id && roleIds.includes(o.id),
      ),
      channel.overwrites.filter((o) => o.type === OverwriteType.Member && o.id === memberId),
    ];
    for (const layer of layers) {
      const allow = layer.reduce((all, o) => all | o.allow, 0n);
      const deny = layer.reduce((all, o) => all | o.deny, 0n);
      permissions = (permissions & ~deny) | allow;
    }
    return permissions;
  }

  private channelObject(channel: ChannelState): Json {
    if (!channel.guildId) {
      return {
        id: channel.id,
        type: channel.type,
        flags: 0,
        last_message_id: null,
        recipients: channel.recipient ? [channel.recipient] : [],
      };
    }
    return {
      id: channel.id,
      type: channel.type,
      guild_id: channel.guildId,
      name: channel.name,
      position: 0,
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      permission_overwrites: channel.overwrites.map((o) => ({
        id: o.id,
        type: o.type,
        allow: o.allow.toString(),
        deny: o.deny.toString(),
      })),
    };
  }

  private roleObjects(guild: GuildState): Json[] {
    return guild.roles.map((role) => ({
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: role.botId !== undefined,
      mentionable: false,
      flags: 0,
      ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
    }));
  }

  private guildObject(guild: GuildState): Json {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      application_id: null,
      vanity_url_code: null,
      preferred_locale: 'en-US',
      features: [],
      roles: this.roleObjects(guild),
      emojis: [],
      stickers: [],
    };
  }

  private botMember(guild: GuildState): Json {
    return {
      user: this.botUser,
      nick: null,
      avatar: null,
      banner: null,
      roles: guild.botRoleIds,
      joined_at: guild.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  private message(
    channelId: string,
    body: Json,
    files: UploadedFile[],
    extra: Partial<APIMessage> = {},
  ): APIMessage {
    const attachments = Array.isArray(body.attachments) ? body.attachments.filter(isJson) : [];
    return {
      id: this.snowflake(),
      type: MessageType.Default,
      channel_id: channelId,
      author: this.botUser,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: embedsOf(body),
      components: Array.isArray(body.components) ? (body.components as APIMessage['components']) : [],
      attachments: attachments.map((a) => {
        const file = files.find((f) => f.field === `files[${String(a.id)}]`);
        const filename = String(a.filename ?? file?.filename ?? 'file');
        const id = this.snowflake();
        return {
          id,
          filename,
          size: file?.size ?? 0,
          ...(file?.contentType ? { content_type: file.contentType } : {}),
          url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${filename}`,
          proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${filename}`,
        };
      }),
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: body.tts === true,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: Number(body.flags ?? 0),
      ...extra,
    };
  }

  private storeCommands(key: string, commands: Json[]): RegisteredCommand[] {
    const previous = this.commandSets.get(key) ?? [];
    const stored = commands.map((command): RegisteredCommand => {
      const kept = previous.find((p) => sameCommand(p, command));
      return {
        ...command,
        // Discord keeps a command's id across bulk overwrites as long as its name and type stay the same.
        id: kept?.id ?? this.snowflake(),
        application_id: this.applicationId,
        version: this.snowflake(),
        name: String(command.name),
        type: Number(command.type ?? ApplicationCommandType.ChatInput),
        description: String(command.description ?? ''),
        options: command.options ?? [],
        default_member_permissions: command.default_member_permissions ?? null,
        nsfw: command.nsfw ?? false,
        ...(key === 'global' ? {} : { guild_id: key }),
      };
    });
    this.commandSets.set(key, stored);
    return stored;
  }
}

// ---- pure helpers ------------------------------------------------------------------------------------------

function test(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0; // a /g or /y pattern would otherwise remember where the previous match ended
  return pattern.test(value);
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function parseBody(raw: Buffer, contentType: string): { body: unknown; files: UploadedFile[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return { body: parseJson(raw.toString('utf8')), files: [] };
  // Uploads carry the JSON body in a `payload_json` part next to the files. latin1 keeps one char per byte,
  // so part sizes stay exact for binary files.
  let body: unknown;
  const files: UploadedFile[] = [];
  for (const part of raw.toString('latin1').split(`--${boundary}`).slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n');
    const head = part.slice(0, split);
    const content = part.slice(split + 4, part.endsWith('\r\n') ? -2 : undefined);
    const field = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (field === 'payload_json') body = parseJson(Buffer.from(content, 'latin1').toString('utf8'));
    else if (filename !== undefined) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
      files.push({
        field,
        filename: Buffer.from(filename, 'latin1').toString('utf8'),
        contentType: type,
        size: content.length,
      });
    }
  }
  return { body, files };
}

function rateLimited(retryAfter: number): Reply {
  const seconds = String(retryAfter);
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false, code: 0 },
    headers: {
      // Discord rounds this header up to whole seconds; the exact value keeps fault tests fast.
      'retry-after': seconds,
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': (Date.now() / 1000 + retryAfter).toFixed(3),
      'x-ratelimit-reset-after': seconds,
      'x-ratelimit-bucket': 'fakebucket',
      'x-ratelimit-scope': 'user',
    },
  };
}

function sameCommand(a: Json, b: Json): boolean {
  return a.name === b.name && Number(a.type ?? 1) === Number(b.type ?? 1);
}

/** Discord validates lengths in characters, so count code points rather than UTF-16 units. */
function length(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

function embedsOf(body: Json): APIEmbed[] {
  return Array.isArray(body.embeds)
    ? body.embeds.filter(isJson).map((e) => ({ type: 'rich', ...e }) as APIEmbed)
    : [];
}

/** Builds Discord's nested `errors` object: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
function addError(root: Json, path: Array<string | number>, code: string, message: string): void {
  let node = root;
  for (const key of path) {
    const next = node[key];
    const child: Json = isJson(next) ? next : {};
    node[key] = child;
    node = child;
  }
  const list: unknown[] = Array.isArray(node._errors) ? node._errors : [];
  list.push({ code, message });
  node._errors = list;
}

function invalidForm(errors: Json): Reply | null {
  return Object.keys(errors).length ? apiError(400, 50035, 'Invalid Form Body', errors) : null;
}

function validateMessage(body: Json, requireContent: boolean): Reply | null {
  const errors: Json = {};
  const tooLong = (value: unknown, max: number, path: Array<string | number>) => {
    if (length(value) > max)
      addError(errors, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  };
  tooLong(body.content, 2000, ['content']);
  const embeds = embedsOf(body);
  if (embeds.length > 10)
    addError(errors, ['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let embedChars = 0;
  embeds.forEach((embed, i) => {
    const fields = embed.fields ?? [];
    const texts: Array<[unknown, number, Array<string | number>]> = [
      [embed.title, 256, ['title']],
      [embed.description, 4096, ['description']],
      [embed.footer?.text, 2048, ['footer', 'text']],
      [embed.author?.name, 256, ['author', 'name']],
      ...fields.flatMap(
        (f, j): Array<[unknown, number, Array<string | number>]> => [
          [f.name, 256, ['fields', j, 'name']],
          [f.value, 1024, ['fields', j, 'value']],
        ],
      ),
    ];
    for (const [value, max, path] of texts) {
      embedChars += length(value);
      tooLong(value, max, ['embeds', i, ...path]);
    }
    if (fields.length > 25)
      addError(errors, ['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  });
  if (embedChars > 6000)
    addError(errors, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  const invalid = invalidForm(errors);
  if (invalid) return invalid;
  const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
  const hasSomething =
    (typeof body.content === 'string' && body.content.trim() !== '') ||
    embeds.length > 0 ||
    nonEmpty(body.components) ||
    nonEmpty(body.attachments) ||
    nonEmpty(body.sticker_ids) ||
    isJson(body.poll);
  return requireContent && !hasSomething ? apiError(400, 50006, 'Cannot send an empty message') : null;
}

function validateChoices(choices: unknown): Reply | null {
  const errors: Json = {};
  const list = Array.isArray(choices) ? choices : [];
  if (list.length > 25)
    addError(errors, ['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  list.forEach((choice, i) => {
    const name = isJson(choice) ? choice.name : undefined;
    if (length(name) < 1 || length(name) > 100) {
      addError(
        errors,
        ['data', 'choices', i, 'name'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
  });
  return invalidForm(errors);
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateCommands(commands: unknown): Reply | null {
  if (!Array.isArray(commands)) {
    return apiError(400, 50035, 'Invalid Form Body', {
      _errors: [{ code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }],
    });
  }
  const errors: Json = {};
  if (commands.length > 100) addError(errors, [], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const check = (item: Json, path: Array<string | number>, chatInput: boolean) => {
    const name = typeof item.name === 'string' ? item.name : '';
    const nameOk = chatInput
      ? COMMAND_NAME.test(name) && name === name.toLowerCase()
      : length(name) >= 1 && length(name) <= 32;
    if (!nameOk)
      addError(errors, [...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    const description = length(item.description);
    if (chatInput && (description < 1 || description > 100)) {
      addError(
        errors,
        [...path, 'description'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
    const options = Array.isArray(item.options) ? item.options.filter(isJson) : [];
    if (options.length > 25)
      addError(errors, [...path, 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    let sawOptional = false;
    options.forEach((option, i) => {
      if (option.required === true && sawOptional) {
        addError(
          errors,
          [...path, 'options', i, 'required'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      sawOptional ||= option.required !== true;
      const choices = Array.isArray(option.choices) ? option.choices : [];
      if (choices.length > 25)
        addError(
          errors,
          [...path, 'options', i, 'choices'],
          'BASE_TYPE_MAX_LENGTH',
          'Must be 25 or fewer in length.',
        );
      check(option, [...path, 'options', i], true);
    });
  };
  commands.forEach((command, i) => {
    const item = isJson(command) ? command : {};
    check(
      item,
      [i],
      Number(item.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput,
    );
  });
  return invalidForm(errors);
}

function editMessage(message: APIMessage, body: Json): void {
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = embedsOf(body);
  if ('components' in body && Array.isArray(body.components)) {
    message.components = body.components as APIMessage['components'];
  }
  const flags = message.flags ?? 0;
  // Filling in a deferred reply is not an edit in Discord's eyes: no "(edited)" marker.
  if (!(flags & MessageFlags.Loading)) message.edited_timestamp = new Date().toISOString();
  message.flags = flags & ~MessageFlags.Loading;
}
