import type { Lang } from '../localized.js';
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
  /** Who holds or last held the claim (see Store.claimOwner). */
  owner: string | null;
  claimedAt: string | null;
  leaseUntil: string | null;
  updatedAt: string;
}

/** A claim older than this, held by another process, is taken over: that process is presumed dead. */
export const CLAIM_LEASE_MS = 30 * 60_000;
/** Claims of one post per local day; after that a `failed` row stays failed until the day is over. */
export const MAX_ATTEMPTS_PER_DAY = 5;

export type DeliveryOutcome = { status: 'sent' } | { status: 'failed' | 'gone'; reason: string };

/**
 * Storage behind the core. SQLite implements it today; a server database can replace it later, which is
 * why every method is async even though better-sqlite3 is not.
 *
 * Each opened store is one claimant (`claimOwner`): claims it takes are its own, and it never takes over a
 * claim of its own.
 */
export interface Store {
  /** Who this store claims deliveries as: a process and its incarnation, never a person. */
  readonly claimOwner: string;

  /** Creates or updates (time, zone, language, active again) the one subscription of a chat. */
  upsertSubscription(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; wasActive: boolean }>;
  /** False when there was no active subscription. */
  deactivateSubscription(platform: Platform, chatId: string, now: Date): Promise<boolean>;
  subscription(platform: Platform, chatId: string): Promise<Subscription | undefined>;
  /** Active subscriptions, each in the language the chat chose with /language if it chose one. */
  activeSubscriptions(): Promise<Subscription[]>;

  /** The language a chat chose with /language, if it chose one. */
  chatLanguage(platform: Platform, chatId: string): Promise<Lang | undefined>;
  setChatLanguage(platform: Platform, chatId: string, lang: Lang, now: Date): Promise<void>;

  /**
   * Takes the right to send one post, in one statement. True only for the caller that may send now: a new
   * row; a `failed` row under MAX_ATTEMPTS_PER_DAY; or a `claimed` row of another owner whose lease ran out.
   * A row already `sent` or `gone`, or claimed by a live sender (this store included), is never handed out.
   */
  claimDelivery(key: DeliveryKey, factId: string | null, now: Date): Promise<boolean>;
  /** Records how this owner's claim ended; false when the row is no longer this owner's claim. */
  finishDelivery(key: DeliveryKey, outcome: DeliveryOutcome, now: Date): Promise<boolean>;
  delivery(key: DeliveryKey): Promise<DeliveryRecord | undefined>;
  /** Ledger rows whose local date is between `from` and `to` (inclusive, YYYY-MM-DD). */
  deliveriesBetween(from: string, to: string): Promise<DeliveryRecord[]>;
  /**
   * Claims left behind by owners `isDead` says have stopped (killed mid-send) become `failed`, so they are
   * sent again (at least once more, whatever their attempts); returns how many. Their post may or may not
   * have reached the chat: these are the only possible duplicates.
   */
  releaseAbandonedClaims(isDead: (owner: string) => boolean, now: Date): Promise<number>;
  /** Deletes ledger rows of local dates before `date` (YYYY-MM-DD); returns how many. */
  forgetDeliveriesBefore(date: string): Promise<number>;

  isOpen(): boolean;
  /** Open, and a real query over every table answers: what /readyz reports as `storage`. */
  isHealthy(): boolean;
  close(): Promise<void>;
}
