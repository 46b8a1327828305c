import type { Lang } from './localized.js';
import type { Reply } from './reply.js';

export type Platform = 'telegram' | 'discord';

/** What happened to one post. `gone` means the destination no longer takes posts (blocked, deleted, no access). */
export type DeliveryResult =
  | { status: 'sent' }
  | { status: 'gone'; reason: string }
  | { status: 'failed'; reason: string; retryAfterMs?: number };

/** Posts a reply to a chat or channel id; the scheduler talks to every platform through this. */
export interface Publisher {
  readonly platform: Platform;
  publish(chatId: string, reply: Reply): Promise<DeliveryResult>;
}

export interface SubscriptionRequest {
  platform: Platform;
  chatId: string;
  /** Local time HH:MM; the configured default when absent. */
  time?: string;
  timeZone?: string;
  lang: Lang;
}

export interface SubscriptionResult {
  time: string;
  timeZone: string;
  /** True when the chat was already subscribed and only its time or language changed. */
  updated: boolean;
}

/** Daily-fact subscriptions as the adapters see them; storage and scheduling sit behind it. */
export interface SubscriptionService {
  subscribe(request: SubscriptionRequest): Promise<SubscriptionResult>;
  /** False when the chat was not subscribed. */
  unsubscribe(platform: Platform, chatId: string): Promise<boolean>;
}
