import type { Lang } from '../lang.js';
import type { Platform } from '../platform.js';

/** A chat or channel that takes the daily post. Nothing about people: no names, no user ids. */
export interface Subscription {
  platform: Platform;
  chatId: string;
  /** Local time HH:MM in `timeZone`. */
  time: string;
  /** IANA time zone, e.g. Asia/Almaty. */
  timeZone: string;
  lang: Lang;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type SubscriptionInput = Pick<Subscription, 'platform' | 'chatId' | 'time' | 'timeZone' | 'lang'>;

export type DeliveryKind = 'daily' | 'world-childrens-day';
export type DeliveryStatus = 'claimed' | 'sent' | 'failed' | 'gone';

/** One post: a destination on a local date (YYYY-MM-DD in the subscription's zone) of one kind. */
export interface DeliveryKey {
  platform: Platform;
  chatId: string;
  localDate: string;
  kind: DeliveryKind;
}

export interface DeliveryRecord extends DeliveryKey {
  factId: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** Why the last attempt failed or the destination is gone; never message text. */
  reason: string | null;
  claimedAt: string | null;
  updatedAt: string;
}

/**
 * Storage behind the core. SQLite implements it today; a server database can replace it later, which is
 * why every method is async even though better-sqlite3 is not.
 */
export interface Store {
  /** Creates or updates (time, zone, language, active again) the one subscription of a chat. */
  upsertSubscription(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }>;
  /** False when there was no active subscription. */
  deactivateSubscription(platform: Platform, chatId: string, now: Date): Promise<boolean>;
  subscription(platform: Platform, chatId: string): Promise<Subscription | undefined>;
  activeSubscriptions(): Promise<Subscription[]>;

  /** The language a chat chose with /language, if it chose one. */
  chatLanguage(platform: Platform, chatId: string): Promise<Lang | undefined>;
  setChatLanguage(platform: Platform, chatId: string, lang: Lang, now: Date): Promise<void>;

  /**
   * Takes the right to send one post. True only for the caller that may send now: a row already `sent`
   * or `gone`, or claimed by a live sender, is never handed out twice.
   */
  claimDelivery(key: DeliveryKey, factId: string | null, now: Date): Promise<boolean>;
  finishDelivery(
    key: DeliveryKey,
    outcome: { status: 'sent' } | { status: 'failed' | 'gone'; reason: string },
    now: Date,
  ): Promise<void>;
  delivery(key: DeliveryKey): Promise<DeliveryRecord | undefined>;

  isOpen(): boolean;
  close(): Promise<void>;
}
