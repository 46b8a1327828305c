/**
 * An in-process stand-in for the Telegram Bot API (https://core.telegram.org/bots/api), so end-to-end tests
 * and benchmarks can drive a real grammY bot without the internet. It speaks the real wire format
 * (`POST /bot<token>/<method>`, `{ ok, result }` / `{ ok: false, error_code, description }`), does real long
 * polling, records every call and can inject the faults the real API produces.
 *
 * Deliberately free of test-runner imports so a standalone benchmark script can use it too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  ApiMethods,
  BotCommand,
  Chat,
  ChatFullInfo,
  ChatMember,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Opts,
  Update,
  User,
  UserFromGetMe,
} from 'grammy/types';

/** What getMe answers; pass it to `new Bot(token, { botInfo: FAKE_BOT_INFO })` so grammY skips its own getMe. */
export const FAKE_BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: 'Bala',
  username: 'bala_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** The bot as it appears in `message.from`: a plain User, without the getMe-only capability flags. */
const BOT_USER: User = {
  id: FAKE_BOT_INFO.id,
  is_bot: true,
  first_name: FAKE_BOT_INFO.first_name,
  username: FAKE_BOT_INFO.username,
};

export const DEFAULT_TOKEN = `${FAKE_BOT_INFO.id}:TEST-TOKEN`;
export const DEFAULT_USER: User = { id: 1001, is_bot: false, first_name: 'Test' };
export const DEFAULT_GROUP_ID = -100200;

export type Fault =
  | { kind: 'rate_limit'; retryAfter: number }
  | { kind: 'blocked' }
  | { kind: 'server_error'; status?: 500 | 502 }
  | { kind: 'error'; errorCode: number; description: string };

export interface ApiErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after: number };
}

type Outcome = { ok: true; result: unknown } | ApiErrorBody;

type CallParams<M extends string> = M extends keyof ApiMethods ? Opts<M> : Record<string, unknown>;
type CallResult<M extends string> = M extends keyof ApiMethods ? ReturnType<ApiMethods[M]> : unknown;

/**
 * One request as the fake saw it. `params` are typed after the Bot API method for convenience; they hold what
 * the client sent (form-encoded values arrive as strings). A call is recorded once the fake has decided its
 * answer; a long poll that is still waiting is recorded on arrival and gets its `result` when answered.
 */
export interface RecordedCall<M extends string = string> {
  method: M;
  params: CallParams<M>;
  /** Milliseconds since the epoch. */
  at: number;
  fault?: Fault;
  result?: CallResult<M>;
  error?: ApiErrorBody;
}

export interface FakeTelegramApiOptions {
  token?: string;
  /** Delay before every response, in milliseconds; see setLatency. */
  latencyMs?: number;
}

export interface PrivateTextOptions {
  from?: Partial<User>;
  languageCode?: string;
  entities?: MessageEntity[];
}

export interface GroupTextOptions {
  chatId?: number;
  from?: Partial<User>;
  /** Defaults to a mention entity for every `@bala_test_bot` in the text. */
  entities?: MessageEntity[];
  replyToBotMessageId?: number;
}

type Params = Record<string, unknown>;
type UserMessage = Message.TextMessage & Update.NonChannel;

interface ChatState {
  chat: Chat;
  lastMessageId: number;
  messages: Map<number, Message.TextMessage>;
  sendMessageCount: number;
}

interface PendingPoll {
  limit: number;
  call: RecordedCall;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

interface CallWaiter {
  method: string;
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
}

/** Thrown inside method handlers to answer with a Bot API error. */
class ApiFailure extends Error {
  readonly errorCode: number;
  readonly description: string;

  constructor(errorCode: number, description: string) {
    super(description);
    this.errorCode = errorCode;
    this.description = description;
  }
}

const badRequest = (what: string) => new ApiFailure(400, `Bad Request: ${what}`);

const MAX_TEXT_LENGTH = 4096;
const MAX_CALLBACK_DATA_BYTES = 64;
const CHAT_ACTION =
  /^(typing|upload_(photo|video|voice|document|video_note)|record_(video|voice|video_note)|choose_sticker|find_location)$/;

export class FakeTelegramApi {
  readonly token: string;
  private server: Server | undefined;
  private root: string | undefined;
  private stopping = false;

  private readonly recorded: RecordedCall[] = [];
  private readonly callWaiters = new Set<CallWaiter>();
  private readonly faults = new Map<string, { fault: Fault; remaining: number }[]>();
  private defaultLatencyMs: number;
  private readonly latencyByMethod = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();

  private updates: Update[] = [];
  /** The last allowed_updates a getUpdates call gave; undefined means Telegram's default (all we send). */
  private allowedUpdates: string[] | undefined;
  private nextUpdateId = 1;
  private readonly polls = new Set<PendingPoll>();
  private wakeScheduled = false;

  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, User>();
  private readonly memberStatus = new Map<string, ChatMember['status']>();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly openQueries = new Set<string>();
  private nextQueryId = 1;
  private webhookUrl = '';

  private readonly handlers: Record<string, (p: Params) => unknown> = {
    getMe: () => FAKE_BOT_INFO,
    sendMessage: (p) => this.sendMessage(p),
    editMessageText: (p) => this.editMessageText(p),
    editMessageReplyMarkup: (p) => this.editMessageReplyMarkup(p),
    deleteMessage: (p) => this.deleteMessage(p),
    answerCallbackQuery: (p) => this.closeQuery(p.callback_query_id),
    answerInlineQuery: (p) => {
      if (!Array.isArray(p.results)) throw badRequest('results must be an array');
      return this.closeQuery(p.inline_query_id);
    },
    setMyCommands: (p) => this.setMyCommands(p),
    deleteMyCommands: (p) => {
      this.commands.delete(commandsKey(p));
      return true;
    },
    getMyCommands: (p) => this.commands.get(commandsKey(p)) ?? [],
    getChatMember: (p) =>
      this.chatMember(this.chatId(p), requireInt(p, 'user_id', 'invalid user_id specified')),
    getChat: (p) => fullInfo(this.chatState(this.chatId(p)).chat),
    sendChatAction: (p) => {
      this.chatId(p);
      if (!CHAT_ACTION.test(String(p.action))) throw badRequest('wrong parameter action in request');
      return true;
    },
    deleteWebhook: (p) => {
      this.webhookUrl = '';
      if (bool(p.drop_pending_updates)) this.updates = [];
      return true;
    },
    setWebhook: (p) => {
      if (typeof p.url !== 'string') throw badRequest('bad webhook: URL must be provided');
      this.webhookUrl = p.url;
      if (bool(p.drop_pending_updates)) this.updates = [];
      return true;
    },
    getWebhookInfo: () => ({
      url: this.webhookUrl,
      has_custom_certificate: false,
      pending_update_count: this.updates.length,
    }),
  };

  /** Telegram treats method names case-insensitively, so look them up by lower case. */
  private readonly methodNames = new Map(
    [...Object.keys(this.handlers), 'getUpdates'].map((name) => [name.toLowerCase(), name]),
  );

  constructor(options: FakeTelegramApiOptions = {}) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.defaultLatencyMs = options.latencyMs ?? 0;
  }

  /** `http://127.0.0.1:PORT`, for grammY's `client.apiRoot`. */
  get apiRoot(): string {
    if (this.root === undefined) throw new Error('FakeTelegramApi: call start() before reading apiRoot');
    return this.root;
  }

  get calls(): readonly RecordedCall[] {
    return this.recorded;
  }

  async start(): Promise<void> {
    if (this.server) throw new Error('FakeTelegramApi: already started');
    this.stopping = false;
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) writeJson(res, 500, { ok: false, error_code: 500, description: String(error) });
      });
    });
    // Longer than any gap between a bot's requests, so the server never closes a socket the client is about
    // to reuse (which would surface as a spurious network error); stop() closes them all anyway.
    server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Answers pending long polls with `[]`, then drops every connection so nothing keeps the process alive. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.stopping = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const poll of this.polls) this.answerPoll(poll, { ok: true, result: [] });
    await Promise.all(this.inFlight);
    server.closeAllConnections();
    await closed;
  }

  // ── Recording ──────────────────────────────────────────────────────────────────────────────────────────

  callsOf<M extends string>(method: M): RecordedCall<M>[] {
    return this.recorded.filter((call) => call.method === method) as unknown as RecordedCall<M>[];
  }

  clearCalls(): void {
    this.recorded.length = 0;
  }

  /** Resolves with the first matching call, whether it was already made or comes later. */
  waitForCall<M extends string>(
    method: M,
    predicate: (call: RecordedCall<M>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<RecordedCall<M>> {
    const matches = predicate as unknown as (call: RecordedCall) => boolean;
    const seen = this.recorded.find((call) => call.method === method && matches(call));
    if (seen) return Promise.resolve(seen as unknown as RecordedCall<M>);
    return new Promise((resolve, reject) => {
      const waiter: CallWaiter = {
        method,
        predicate: matches,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call as unknown as RecordedCall<M>);
        },
      };
      const timer = setTimeout(() => {
        this.callWaiters.delete(waiter);
        reject(
          new Error(`waitForCall('${method}') timed out after ${timeoutMs} ms; calls: ${this.callSummary()}`),
        );
      }, timeoutMs);
      // A forgotten waiter must not keep a benchmark script alive.
      timer.unref();
      this.callWaiters.add(waiter);
    });
  }

  private callSummary(): string {
    const counts = new Map<string, number>();
    for (const call of this.recorded) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
    return counts.size === 0 ? 'none' : [...counts].map(([method, n]) => `${method}×${n}`).join(', ');
  }

  private record(call: RecordedCall): void {
    this.recorded.push(call);
    for (const waiter of this.callWaiters) {
      if (waiter.method === call.method && waiter.predicate(call)) {
        this.callWaiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  }

  // ── Faults and latency ─────────────────────────────────────────────────────────────────────────────────

  /** The next `times` calls of `method` fail with `fault`; they are still recorded, with `fault` set. */
  failNext(method: string, fault: Fault, times = 1): void {
    const queue = this.faults.get(method) ?? [];
    queue.push({ fault, remaining: times });
    this.faults.set(method, queue);
  }

  /** Delays every response (or only those of `method`) by `ms`, to model network round trips. */
  setLatency(ms: number, method?: string): void {
    if (method === undefined) this.defaultLatencyMs = ms;
    else this.latencyByMethod.set(method, ms);
  }

  private takeFault(method: string): Fault | undefined {
    const queue = this.faults.get(method);
    const next = queue?.[0];
    if (!queue || !next) return undefined;
    next.remaining -= 1;
    if (next.remaining <= 0) queue.shift();
    return next.fault;
  }

  // ── Chats, users, members ──────────────────────────────────────────────────────────────────────────────

  /** Makes `chat` known, so messages and getChat report it as is (title, type, username). */
  registerChat(chat: Chat): void {
    const state = this.chats.get(chat.id);
    if (state) state.chat = chat;
    else this.chats.set(chat.id, { chat, lastMessageId: 0, messages: new Map(), sendMessageCount: 0 });
  }

  setChatMemberStatus(chatId: number, userId: number, status: ChatMember['status']): void {
    this.memberStatus.set(`${chatId}:${userId}`, status);
  }

  /** Successful sendMessage calls, to one chat or to all. */
  sendMessageCount(chatId?: number): number {
    if (chatId !== undefined) return this.chats.get(chatId)?.sendMessageCount ?? 0;
    let total = 0;
    for (const state of this.chats.values()) total += state.sendMessageCount;
    return total;
  }

  /** The bot's messages still in a chat, as they look now (after edits, without deleted ones). */
  sentMessages(chatId: number): Message.TextMessage[] {
    const messages = this.chats.get(chatId)?.messages.values() ?? [];
    return [...messages].filter((message) => message.from?.id === BOT_USER.id);
  }

  /** Updates delivered or waiting that the bot has not confirmed with a higher getUpdates offset. */
  get pendingUpdates(): readonly Update[] {
    return this.updates;
  }

  private chatState(id: number): ChatState {
    let state = this.chats.get(id);
    if (!state) {
      const chat: Chat =
        id < 0
          ? { id, type: 'group', title: `Chat ${id}` }
          : { id, type: 'private', first_name: this.users.get(id)?.first_name ?? 'User' };
      state = { chat, lastMessageId: 0, messages: new Map(), sendMessageCount: 0 };
      this.chats.set(id, state);
    }
    return state;
  }

  private chatId(p: Params): number {
    const raw = p.chat_id;
    if (raw === undefined || raw === '') throw badRequest('chat_id is empty');
    if (typeof raw === 'string' && raw.startsWith('@')) {
      for (const { chat } of this.chats.values()) if (`@${chat.username}` === raw) return chat.id;
      throw badRequest('chat not found');
    }
    const id = Number(raw);
    if (!Number.isSafeInteger(id)) throw badRequest('chat not found');
    return id;
  }

  private user(partial: Partial<User> = {}, languageCode?: string): User {
    const user: User = { ...DEFAULT_USER, ...partial };
    if (languageCode !== undefined) user.language_code = languageCode;
    this.users.set(user.id, user);
    return user;
  }

  private chatMember(chatId: number, userId: number): ChatMember {
    const user =
      userId === BOT_USER.id ? BOT_USER : (this.users.get(userId) ?? { ...DEFAULT_USER, id: userId });
    const status = this.memberStatus.get(`${chatId}:${userId}`) ?? 'member';
    switch (status) {
      case 'creator':
        return { status, user, is_anonymous: false };
      case 'administrator':
        return {
          status,
          user,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
          can_pin_messages: true,
          can_send_welcome_messages: false,
        };
      case 'restricted':
        return {
          status,
          user,
          is_member: true,
          can_send_messages: false,
          can_send_audios: false,
          can_send_documents: false,
          can_send_photos: false,
          can_send_videos: false,
          can_send_video_notes: false,
          can_send_voice_notes: false,
          can_send_polls: false,
          can_send_other_messages: false,
          can_add_web_page_previews: false,
          can_react_to_messages: false,
          can_change_info: false,
          can_invite_users: false,
          can_edit_tag: false,
          can_pin_messages: false,
          can_manage_topics: false,
          until_date: 0,
        };
      case 'kicked':
        return { status, user, until_date: 0 };
      default:
        return { status, user };
    }
  }

  // ── Update injection ───────────────────────────────────────────────────────────────────────────────────

  /** Queues an update with the next update_id and wakes a waiting long poll. */
  pushUpdate(partial: Omit<Update, 'update_id'>): Update {
    const update: Update = { ...partial, update_id: this.nextUpdateId++ };
    // Telegram drops the kinds of update the bot did not ask for in its last allowed_updates.
    const kind = Object.keys(partial)[0] ?? '';
    if (this.allowedUpdates && !this.allowedUpdates.includes(kind)) return update;
    this.updates.push(update);
    // Deferred so updates pushed in the same tick arrive in one batch, as they would from Telegram.
    if (!this.wakeScheduled) {
      this.wakeScheduled = true;
      queueMicrotask(() => {
        this.wakeScheduled = false;
        for (const poll of this.polls)
          this.answerPoll(poll, { ok: true, result: this.updates.slice(0, poll.limit) });
      });
    }
    return update;
  }

  sendPrivateText(text: string, options: PrivateTextOptions = {}): Update {
    const from = this.user(options.from, options.languageCode);
    const known = this.chats.get(from.id)?.chat;
    const chat: Chat.PrivateChat =
      known?.type === 'private'
        ? known
        : {
            id: from.id,
            type: 'private',
            first_name: from.first_name,
            ...(from.username && { username: from.username }),
          };
    this.registerChat(chat);
    return this.pushMessage(chat, from, text, options.entities);
  }

  sendGroupText(text: string, options: GroupTextOptions = {}): Update {
    const chatId = options.chatId ?? DEFAULT_GROUP_ID;
    const known = this.chats.get(chatId)?.chat;
    if (known && known.type !== 'group' && known.type !== 'supergroup') {
      throw new Error(`sendGroupText: chat ${chatId} is a ${known.type} chat`);
    }
    const chat = known ?? { id: chatId, type: 'supergroup', title: 'Bala Test Group' };
    this.registerChat(chat);
    const entities = options.entities ?? mentionEntities(text, `@${FAKE_BOT_INFO.username}`);
    let replyTo: Message.TextMessage | undefined;
    if (options.replyToBotMessageId !== undefined) {
      replyTo = this.botMessage(chatId, options.replyToBotMessageId, 'sendGroupText');
    }
    return this.pushMessage(chat, this.user(options.from), text, entities, replyTo);
  }

  /** `/command args` with the bot_command entity Telegram adds; `command` may carry `@bala_test_bot`. */
  sendCommand(
    command: string,
    args = '',
    chat: 'private' | 'group' = 'private',
    from?: Partial<User>,
  ): Update {
    const head = `/${command.replace(/^\//, '')}`;
    const text = args === '' ? head : `${head} ${args}`;
    const entities: MessageEntity[] = [{ type: 'bot_command', offset: 0, length: head.length }];
    return chat === 'private'
      ? this.sendPrivateText(text, { entities, ...(from && { from }) })
      : this.sendGroupText(text, { entities, ...(from && { from }) });
  }

  /**
   * A user taps an inline button. The message must be one the bot sent and still shows a button with this
   * callback_data, as in a real client; otherwise this throws, because the test would be simulating
   * something no user can do.
   */
  pressButton(data: string, messageFromBot: Message, from?: Partial<User>): Update {
    const chat = messageFromBot.chat;
    const message = this.botMessage(chat.id, messageFromBot.message_id, 'pressButton');
    const buttons = message.reply_markup?.inline_keyboard.flat() ?? [];
    const offered = buttons.flatMap((button) => ('callback_data' in button ? [button.callback_data] : []));
    if (!offered.includes(data)) {
      throw new Error(
        `pressButton: message ${message.message_id} has no button with callback_data ${JSON.stringify(data)}; ` +
          `it offers ${JSON.stringify(offered)}`,
      );
    }
    const presser =
      chat.type === 'private'
        ? this.user({ ...this.users.get(chat.id), id: chat.id, ...from })
        : this.user(from);
    const id = this.openQuery();
    return this.pushUpdate({
      callback_query: { id, from: presser, message, chat_instance: `instance${chat.id}`, data },
    });
  }

  /** A photo with a caption in a private chat: what a child may send instead of writing. */
  sendPrivatePhoto(caption: string): Update {
    const update = this.sendPrivateText('');
    const message = update.message as UserMessage & { photo?: unknown; caption?: string };
    delete (message as { text?: string }).text;
    message.photo = [{ file_id: 'photo1', file_unique_id: 'p1', width: 90, height: 90 }];
    message.caption = caption;
    return update;
  }

  /** A message forwarded into the private chat from another chat. */
  sendPrivateForward(text: string): Update {
    const update = this.sendPrivateText(text);
    const message = update.message as UserMessage & { forward_origin?: unknown };
    message.forward_origin = { type: 'hidden_user', sender_user_name: 'Someone', date: unixNow() };
    return update;
  }

  /** The user edits a message they sent in a private chat: Telegram sends the new text as edited_message. */
  editPrivateText(original: Update, text: string): Update {
    const message = original.message;
    if (message?.chat.type !== 'private') throw new Error('editPrivateText: not a private message');
    return this.pushUpdate({
      edited_message: { ...message, text, edit_date: unixNow() } as Update['edited_message'],
    });
  }

  sendInlineQuery(query: string, from?: Partial<User>): Update {
    return this.pushUpdate({
      inline_query: { id: this.openQuery(), from: this.user(from), query, offset: '' },
    });
  }

  private pushMessage(
    chat: UserMessage['chat'],
    from: User,
    text: string,
    entities: MessageEntity[] | undefined,
    replyTo?: Message.TextMessage,
  ): Update {
    const state = this.chatState(chat.id);
    const message: UserMessage = { message_id: ++state.lastMessageId, date: unixNow(), chat, from, text };
    if (entities && entities.length > 0) message.entities = entities;
    if (replyTo) message.reply_to_message = withoutReply(replyTo);
    state.messages.set(message.message_id, message);
    return this.pushUpdate({ message });
  }

  private openQuery(): string {
    const id = String(4_000_000_000 + this.nextQueryId++);
    this.openQueries.add(id);
    return id;
  }

  private closeQuery(id: unknown): true {
    if (!this.openQueries.has(String(id))) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    return true;
  }

  // ── Messages ───────────────────────────────────────────────────────────────────────────────────────────

  private botMessage(chatId: number, messageId: number, caller: string): Message.TextMessage {
    const message = this.chats.get(chatId)?.messages.get(messageId);
    if (message?.from?.id !== BOT_USER.id) {
      throw new Error(
        `${caller}: chat ${chatId} has no message ${messageId} from the bot (never sent, or deleted)`,
      );
    }
    return message;
  }

  private sendMessage(p: Params): Message.TextMessage {
    const state = this.chatState(this.chatId(p));
    const text = messageText(p);
    const markup = inlineMarkup(p.reply_markup);
    const replyTo = this.replyTarget(state, p);
    const message: Message.TextMessage = {
      message_id: state.lastMessageId + 1,
      date: unixNow(),
      chat: state.chat,
      from: BOT_USER,
      text,
    };
    if (markup) message.reply_markup = markup;
    if (replyTo) message.reply_to_message = withoutReply(replyTo);
    state.lastMessageId = message.message_id;
    state.messages.set(message.message_id, message);
    state.sendMessageCount += 1;
    return message;
  }

  private replyTarget(state: ChatState, p: Params): Message.TextMessage | undefined {
    const reply = p.reply_parameters;
    const replyParams = typeof reply === 'object' && reply !== null ? (reply as Params) : {};
    const id = int(replyParams.message_id ?? p.reply_to_message_id);
    if (id === undefined) return undefined;
    const target = state.messages.get(id);
    const allowMissing = bool(replyParams.allow_sending_without_reply ?? p.allow_sending_without_reply);
    if (!target && !allowMissing) throw badRequest('message to be replied not found');
    return target;
  }

  private editableMessage(p: Params): { state: ChatState; message: Message.TextMessage } {
    const state = this.chatState(this.chatId(p));
    const id = int(p.message_id);
    if (id === undefined) throw badRequest('message identifier is not specified');
    const message = state.messages.get(id);
    if (!message) throw badRequest('message to edit not found');
    if (message.from?.id !== BOT_USER.id) throw badRequest("message can't be edited");
    return { state, message };
  }

  private applyEdit(
    state: ChatState,
    before: Message.TextMessage,
    text: string,
    markup: InlineKeyboardMarkup | undefined,
  ): Message.TextMessage {
    if (text === before.text && JSON.stringify(markup) === JSON.stringify(before.reply_markup)) {
      throw badRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a ' +
          'current content and reply markup of the message',
      );
    }
    const { reply_markup: _old, ...rest } = before;
    const after: Message.TextMessage = { ...rest, text, edit_date: unixNow() };
    if (markup) after.reply_markup = markup;
    state.messages.set(after.message_id, after);
    return after;
  }

  // Telegram drops an inline keyboard when an edit omits reply_markup, a classic bot bug; the fake does too.
  private editMessageText(p: Params): Message.TextMessage | true {
    const text = messageText(p);
    const markup = inlineMarkup(p.reply_markup);
    if (p.inline_message_id !== undefined) return true;
    const { state, message } = this.editableMessage(p);
    return this.applyEdit(state, message, text, markup);
  }

  private editMessageReplyMarkup(p: Params): Message.TextMessage | true {
    const markup = inlineMarkup(p.reply_markup);
    if (p.inline_message_id !== undefined) return true;
    const { state, message } = this.editableMessage(p);
    return this.applyEdit(state, message, message.text, markup);
  }

  private deleteMessage(p: Params): true {
    const state = this.chatState(this.chatId(p));
    const id = int(p.message_id);
    if (id === undefined || !state.messages.delete(id)) throw badRequest('message to delete not found');
    return true;
  }

  private setMyCommands(p: Params): true {
    if (!Array.isArray(p.commands)) throw badRequest('commands must be an array');
    const commands = p.commands as BotCommand[];
    for (const { command, description } of commands) {
      if (typeof command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command)) {
        throw badRequest('BOT_COMMAND_INVALID');
      }
      if (typeof description !== 'string' || description.length < 1 || description.length > 256) {
        throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
    }
    this.commands.set(commandsKey(p), commands);
    return true;
  }

  // ── HTTP ───────────────────────────────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = /^\/bot([^/]*)\/([^/]+)$/.exec(url.pathname);
    if (!route) {
      writeJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    const [, token = '', rawMethod = ''] = route;
    const method = this.methodNames.get(rawMethod.toLowerCase()) ?? rawMethod;
    const call: RecordedCall = { method, params: {}, at: Date.now() };
    let outcome: Outcome | undefined;
    try {
      call.params = await readParams(req, url);
      call.at = Date.now();
      outcome = this.dispatch(call, token, res);
    } catch (error) {
      outcome = failureBody(error);
    }
    if (outcome) settle(call, outcome);
    this.record(call);
    if (outcome) await this.write(res, method, outcome);
  }

  /** Returns the answer, or undefined when a long poll has to wait. */
  private dispatch(call: RecordedCall, token: string, res: ServerResponse): Outcome | undefined {
    if (token !== this.token) throw new ApiFailure(401, 'Unauthorized');
    const fault = this.takeFault(call.method);
    if (fault) {
      call.fault = fault;
      return faultBody(fault);
    }
    if (call.method === 'getUpdates') return this.getUpdates(call, res);
    const handler = this.handlers[call.method];
    if (!handler) throw new ApiFailure(404, 'Not Found: method not found');
    return { ok: true, result: handler(call.params) };
  }

  private getUpdates(call: RecordedCall, res: ServerResponse): Outcome | undefined {
    if (this.webhookUrl !== '') {
      throw new ApiFailure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const p = call.params;
    if (Array.isArray(p.allowed_updates) && p.allowed_updates.length > 0)
      this.allowedUpdates = p.allowed_updates.map(String);
    const offset = int(p.offset);
    const limit = Math.min(Math.max(int(p.limit) ?? 100, 1), 100);
    const timeout = Math.max(int(p.timeout) ?? 0, 0);
    // An offset confirms (forgets) every earlier update; a negative one keeps only that many from the end.
    if (offset !== undefined && offset < 0) this.updates = this.updates.slice(offset);
    else if (offset !== undefined) this.updates = this.updates.filter((update) => update.update_id >= offset);
    // Telegram serves one poller per bot and ends the older request, which is how duplicate instances show.
    for (const poll of this.polls) {
      this.answerPoll(poll, {
        ok: false,
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
    }
    const ready = this.updates.slice(0, limit);
    if (ready.length > 0 || timeout === 0 || this.stopping) return { ok: true, result: ready };
    const poll: PendingPoll = {
      limit,
      call,
      res,
      timer: setTimeout(() => this.answerPoll(poll, { ok: true, result: [] }), timeout * 1000),
    };
    // The client gave up (grammY aborts its poll on bot.stop()), so nobody is left to answer.
    res.once('close', () => {
      clearTimeout(poll.timer);
      this.polls.delete(poll);
    });
    this.polls.add(poll);
    return undefined;
  }

  private answerPoll(poll: PendingPoll, outcome: Outcome): void {
    if (!this.polls.delete(poll)) return;
    clearTimeout(poll.timer);
    settle(poll.call, outcome);
    void this.write(poll.res, 'getUpdates', outcome);
  }

  private write(res: ServerResponse, method: string, outcome: Outcome): Promise<void> {
    const latency = this.latencyByMethod.get(method) ?? this.defaultLatencyMs;
    const done = (async () => {
      if (latency > 0) await sleep(latency);
      if (res.destroyed || res.writableEnded) return;
      await new Promise<void>((resolve) => {
        res.once('close', resolve);
        writeJson(res, outcome.ok ? 200 : outcome.error_code, outcome, resolve);
      });
    })();
    this.inFlight.add(done);
    void done.finally(() => this.inFlight.delete(done));
    return done;
  }
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────

function writeJson(res: ServerResponse, status: number, body: unknown, onFlushed?: () => void): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json, onFlushed);
}

function settle(call: RecordedCall, outcome: Outcome): void {
  if (outcome.ok) call.result = outcome.result;
  else call.error = outcome;
}

function failureBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiFailure) {
    return { ok: false, error_code: error.errorCode, description: error.description };
  }
  // A bug in the fake itself: make it loud in the bot's GrammyError rather than hiding it.
  return { ok: false, error_code: 500, description: `Internal Server Error: fake failed: ${String(error)}` };
}

function faultBody(fault: Fault): ApiErrorBody {
  switch (fault.kind) {
    case 'rate_limit':
      return {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${fault.retryAfter}`,
        parameters: { retry_after: fault.retryAfter },
      };
    case 'blocked':
      return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    case 'server_error': {
      const status = fault.status ?? 500;
      return {
        ok: false,
        error_code: status,
        description: status === 502 ? 'Bad Gateway' : 'Internal Server Error',
      };
    }
    case 'error':
      return { ok: false, error_code: fault.errorCode, description: fault.description };
  }
}

/** Merges query-string and body parameters (JSON or form-encoded), the body winning, like the real API. */
async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const params: Params = {};
  for (const [key, value] of url.searchParams) params[key] = formValue(value);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (body.trim() === '') return params;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    for (const [key, value] of new URLSearchParams(body)) params[key] = formValue(value);
    return params;
  }
  if (type !== 'application/json') {
    throw badRequest(`the fake Telegram API does not accept ${type || 'untyped'} bodies (file uploads)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw badRequest("can't parse JSON body");
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('the JSON body must be an object');
  }
  return Object.assign(params, parsed);
}

/** Form fields carry nested objects (reply_markup, scope) as JSON text. */
function formValue(value: string): unknown {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function int(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

function requireInt(p: Params, key: string, problem: string): number {
  const n = int(p[key]);
  if (n === undefined) throw badRequest(problem);
  return n;
}

function bool(value: unknown): boolean {
  return value === true || value === 'true';
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

/** Telegram nests replies only one level deep. */
function withoutReply(message: Message.TextMessage): Message.TextMessage & { reply_to_message: undefined } {
  return { ...message, reply_to_message: undefined };
}

function commandsKey(p: Params): string {
  return `${JSON.stringify(p.scope ?? { type: 'default' })}|${String(p.language_code ?? '')}`;
}

function mentionEntities(text: string, mention: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  // JS string indices are UTF-16 code units, which is exactly what Telegram entity offsets count.
  const pattern = new RegExp(`${mention}(?![A-Za-z0-9_])`, 'gi');
  for (const match of text.matchAll(pattern)) {
    entities.push({ type: 'mention', offset: match.index, length: mention.length });
  }
  return entities;
}

/** The text Telegram would store, after the same checks it makes (empty, too long, malformed HTML). */
function messageText(p: Params): string {
  const raw = p.text === undefined || p.text === null ? '' : String(p.text);
  const text = p.parse_mode === 'HTML' ? htmlToPlainText(raw) : raw;
  if (text.trim() === '') throw badRequest('message text is empty');
  if (text.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
  return text;
}

/** Only inline keyboards come back in Message.reply_markup; reply keyboards are not echoed by Telegram. */
function inlineMarkup(value: unknown): InlineKeyboardMarkup | undefined {
  if (typeof value !== 'object' || value === null || !('inline_keyboard' in value)) return undefined;
  const markup = value as InlineKeyboardMarkup;
  if (!Array.isArray(markup.inline_keyboard) || !markup.inline_keyboard.every(Array.isArray)) {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  }
  for (const button of markup.inline_keyboard.flat()) {
    if ('callback_data' in button && Buffer.byteLength(button.callback_data) > MAX_CALLBACK_DATA_BYTES) {
      throw badRequest('BUTTON_DATA_INVALID');
    }
  }
  return markup;
}

const HTML_TAGS = new Set(
  'b strong i em u ins s strike del span tg-spoiler a tg-emoji code pre blockquote'.split(' '),
);
const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Rejects what Telegram rejects for parse_mode HTML (unsupported or unbalanced tags, a stray `<`, which is the
 * usual symptom of unescaped user text) and returns the plain text Telegram would keep.
 */
function htmlToPlainText(html: string): string {
  const cantParse = (what: string) => badRequest(`can't parse entities: ${what}`);
  const open: string[] = [];
  let plain = '';
  let from = 0;
  for (const match of html.matchAll(/<[^>]*>?|&(#\d+|#x[\da-f]+|lt|gt|amp|quot);/gi)) {
    plain += html.slice(from, match.index);
    from = match.index + match[0].length;
    const entity = match[1]?.toLowerCase();
    if (entity !== undefined) {
      plain += entity.startsWith('#x')
        ? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
        : entity.startsWith('#')
          ? String.fromCodePoint(Number(entity.slice(1)))
          : (HTML_ENTITIES[entity] ?? '');
      continue;
    }
    const at = `at byte offset ${Buffer.byteLength(html.slice(0, match.index))}`;
    const tag = /^<(\/?)([a-z][a-z0-9-]*)?[^>]*>$/i.exec(match[0]);
    if (!tag) throw cantParse(`Can't find end of the tag ${at}`);
    const name = (tag[2] ?? '').toLowerCase();
    if (tag[1] === '/') {
      const expected = open.pop();
      if (expected === undefined) throw cantParse(`Unexpected end tag ${at}`);
      if (expected !== name)
        throw cantParse(`Unmatched end tag ${at}, expected "</${expected}>", found "</${name}>"`);
    } else {
      if (!HTML_TAGS.has(name)) throw cantParse(`Unsupported start tag "${name}" ${at}`);
      open.push(name);
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) throw cantParse(`Can't find end tag corresponding to start tag "${unclosed}"`);
  return plain + html.slice(from);
}

function fullInfo(chat: Chat): ChatFullInfo {
  return {
    ...chat,
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    },
  } as ChatFullInfo;
}
