import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { z } from 'zod';
import { type Lang, langSchema } from '../localized.js';
import type { Platform } from '../platform.js';
import { newClaimOwner } from './claim-owner.js';
import { checkIntegrity } from './integrity.js';
import { migrate } from './migrations.js';
import { storageError } from './storage-error.js';
import {
  CLAIM_LEASE_MS,
  type DeliveryKey,
  type DeliveryOutcome,
  type DeliveryRecord,
  MAX_ATTEMPTS_PER_DAY,
  type Store,
  type Subscription,
  type SubscriptionInput,
} from './store.js';

export const DATABASE_FILE = 'bala.sqlite';

const platformSchema = z.enum(['telegram', 'discord']);

const subscriptionRow = z
  .object({
    platform: platformSchema,
    chat_id: z.string(),
    time: z.string().regex(/^\d\d:\d\d$/),
    time_zone: z.string(),
    lang: langSchema,
    active: z.union([z.literal(0), z.literal(1)]),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform(
    (r): Subscription => ({
      platform: r.platform,
      chatId: r.chat_id,
      time: r.time,
      timeZone: r.time_zone,
      lang: r.lang,
      active: r.active === 1,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
  );

const deliveryRow = z
  .object({
    platform: platformSchema,
    destination: z.string(),
    local_date: z.string(),
    kind: z.enum(['daily', 'world-childrens-day']),
    fact_id: z.string().nullable(),
    status: z.enum(['claimed', 'sent', 'failed', 'gone']),
    attempts: z.number().int(),
    reason: z.string().nullable(),
    owner: z.string().nullable(),
    claimed_at: z.string().nullable(),
    lease_until: z.string().nullable(),
    updated_at: z.string(),
  })
  .transform(
    (r): DeliveryRecord => ({
      platform: r.platform,
      chatId: r.destination,
      localDate: r.local_date,
      kind: r.kind,
      factId: r.fact_id,
      status: r.status,
      attempts: r.attempts,
      reason: r.reason,
      owner: r.owner,
      claimedAt: r.claimed_at,
      leaseUntil: r.lease_until,
      updatedAt: r.updated_at,
    }),
  );

const langRow = z.object({ lang: langSchema });

export interface SqliteStoreOptions {
  /** Who this store claims deliveries as; by default this host, this process and a fresh random part. */
  claimOwner?: string;
  leaseMs?: number;
  maxAttemptsPerDay?: number;
}

const keyParams = (key: DeliveryKey) => ({
  platform: key.platform,
  destination: key.chatId,
  localDate: key.localDate,
  kind: key.kind,
});

/**
 * The Store on one SQLite file (better-sqlite3): WAL so readers never wait for the writer, a busy timeout
 * so a second process (the operator's `npm run deliver`) waits instead of failing, and every statement
 * prepared once. `:memory:` gives a private database for tests.
 */
export class SqliteStore implements Store {
  readonly claimOwner: string;
  readonly path: string;
  private readonly db: Database;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly sql: ReturnType<typeof prepareStatements>;

  /**
   * Opens (creating the folder and file if needed) `${dataDir}/bala.sqlite`, or ':memory:'. Any failure
   * is a StorageError that names the file and what to do (read-only folder, not a database, damaged).
   */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
    if (dataDir === ':memory:') return new SqliteStore(':memory:', options);
    const path = join(dataDir, DATABASE_FILE);
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw storageError(path, error);
    }
    return new SqliteStore(path, options);
  }

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    this.claimOwner = options.claimOwner ?? newClaimOwner();
    this.leaseMs = options.leaseMs ?? CLAIM_LEASE_MS;
    this.maxAttempts = options.maxAttemptsPerDay ?? MAX_ATTEMPTS_PER_DAY;
    try {
      this.db = new BetterSqlite3(path);
    } catch (error) {
      throw storageError(path, error);
    }
    try {
      this.db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL loses no committed data on a process crash, only possibly on power loss.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('foreign_keys = ON');
      checkIntegrity(this.db, path);
      migrate(this.db);
      this.sql = prepareStatements(this.db);
    } catch (error) {
      this.db.close();
      throw storageError(path, error);
    }
  }

  async upsertSubscription(
    input: SubscriptionInput,
    now: Date,
  ): Promise<{ subscription: Subscription; wasActive: boolean }> {
    return this.db.transaction(() => {
      const key = { platform: input.platform, chatId: input.chatId };
      const before = this.readSubscription(key.platform, key.chatId);
      this.sql.upsertSubscription.run({
        platform: input.platform,
        chatId: input.chatId,
        time: input.time,
        timeZone: input.timeZone,
        lang: input.lang,
        now: now.toISOString(),
      });
      const subscription = this.readSubscription(key.platform, key.chatId);
      if (!subscription) throw new Error('the subscription just written could not be read back');
      return { subscription, wasActive: before?.active ?? false };
    })();
  }

  async deactivateSubscription(platform: Platform, chatId: string, now: Date): Promise<boolean> {
    return this.sql.deactivate.run({ platform, chatId, now: now.toISOString() }).changes > 0;
  }

  async subscription(platform: Platform, chatId: string): Promise<Subscription | undefined> {
    return this.readSubscription(platform, chatId);
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    return this.sql.activeSubscriptions.all().map((row) => subscriptionRow.parse(row));
  }

  async chatLanguage(platform: Platform, chatId: string): Promise<Lang | undefined> {
    const row = this.sql.chatLanguage.get({ platform, chatId });
    return row === undefined ? undefined : langRow.parse(row).lang;
  }

  async setChatLanguage(platform: Platform, chatId: string, lang: Lang, now: Date): Promise<void> {
    this.sql.setChatLanguage.run({ platform, chatId, lang, now: now.toISOString() });
  }

  async claimDelivery(key: DeliveryKey, factId: string | null, now: Date): Promise<boolean> {
    const result = this.sql.claim.run({
      ...keyParams(key),
      factId,
      owner: this.claimOwner,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + this.leaseMs).toISOString(),
      maxAttempts: this.maxAttempts,
    });
    return result.changes === 1;
  }

  async finishDelivery(key: DeliveryKey, outcome: DeliveryOutcome, now: Date): Promise<boolean> {
    const result = this.sql.finish.run({
      ...keyParams(key),
      status: outcome.status,
      reason: outcome.status === 'sent' ? null : outcome.reason,
      owner: this.claimOwner,
      now: now.toISOString(),
    });
    return result.changes === 1;
  }

  async delivery(key: DeliveryKey): Promise<DeliveryRecord | undefined> {
    const row = this.sql.delivery.get(keyParams(key));
    return row === undefined ? undefined : deliveryRow.parse(row);
  }

  async deliveriesBetween(from: string, to: string): Promise<DeliveryRecord[]> {
    return this.sql.deliveriesBetween.all({ from, to }).map((row) => deliveryRow.parse(row));
  }

  async releaseAbandonedClaims(isDead: (owner: string) => boolean, now: Date): Promise<number> {
    return this.db
      .transaction(() => {
        const owners = this.sql.claimOwners
          .all()
          .map((row) => z.object({ owner: z.string() }).parse(row).owner)
          .filter((owner) => owner !== this.claimOwner && isDead(owner));
        let released = 0;
        for (const owner of owners) {
          released += this.sql.releaseOwner.run({
            owner,
            now: now.toISOString(),
            maxAttempts: this.maxAttempts,
          }).changes;
        }
        return released;
      })
      .immediate();
  }

  async forgetDeliveriesBefore(date: string): Promise<number> {
    return this.sql.forgetBefore.run({ date }).changes;
  }

  isOpen(): boolean {
    return this.db.open;
  }

  isHealthy(): boolean {
    if (!this.db.open) return false;
    try {
      this.sql.health.get();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private readSubscription(platform: Platform, chatId: string): Subscription | undefined {
    const row = this.sql.subscription.get({ platform, chatId });
    return row === undefined ? undefined : subscriptionRow.parse(row);
  }
}

function prepareStatements(db: Database) {
  const statement = (sql: string): Statement => db.prepare(sql);
  return {
    // Reads every row of every table, so a damaged page anywhere fails it (a bare SELECT 1 would not).
    health: statement(`
      SELECT (SELECT count(*) FROM subscriptions WHERE time <> '')
           + (SELECT count(*) FROM chat_settings WHERE lang <> '')
           + (SELECT count(*) FROM deliveries WHERE status <> '') AS n`),
    upsertSubscription: statement(`
      INSERT INTO subscriptions (platform, chat_id, time, time_zone, lang, active, created_at, updated_at)
      VALUES (@platform, @chatId, @time, @timeZone, @lang, 1, @now, @now)
      ON CONFLICT (platform, chat_id) DO UPDATE SET
        time = excluded.time, time_zone = excluded.time_zone, lang = excluded.lang, active = 1,
        updated_at = excluded.updated_at`),
    deactivate: statement(`
      UPDATE subscriptions SET active = 0, updated_at = @now
      WHERE platform = @platform AND chat_id = @chatId AND active = 1`),
    subscription: statement('SELECT * FROM subscriptions WHERE platform = @platform AND chat_id = @chatId'),
    // A chat's /language choice wins over the language it subscribed in.
    activeSubscriptions: statement(`
      SELECT s.platform, s.chat_id, s.time, s.time_zone, COALESCE(c.lang, s.lang) AS lang, s.active,
        s.created_at, s.updated_at
      FROM subscriptions s LEFT JOIN chat_settings c ON c.platform = s.platform AND c.chat_id = s.chat_id
      WHERE s.active = 1
      ORDER BY s.platform, s.chat_id`),
    chatLanguage: statement(
      'SELECT lang FROM chat_settings WHERE platform = @platform AND chat_id = @chatId',
    ),
    setChatLanguage: statement(`
      INSERT INTO chat_settings (platform, chat_id, lang, updated_at) VALUES (@platform, @chatId, @lang, @now)
      ON CONFLICT (platform, chat_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at`),
    // One statement, so two senders can never both win: SQLite runs it under the write lock.
    claim: statement(`
      INSERT INTO deliveries (platform, destination, local_date, kind, fact_id, status, attempts, owner,
        claimed_at, lease_until, updated_at)
      VALUES (@platform, @destination, @localDate, @kind, @factId, 'claimed', 1, @owner, @now, @leaseUntil, @now)
      ON CONFLICT (platform, destination, local_date, kind) DO UPDATE SET
        status = 'claimed', attempts = deliveries.attempts + 1, fact_id = excluded.fact_id,
        owner = excluded.owner, claimed_at = excluded.claimed_at, lease_until = excluded.lease_until,
        updated_at = excluded.updated_at
      WHERE (deliveries.status = 'failed' AND deliveries.attempts < @maxAttempts)
         OR (deliveries.status = 'claimed' AND deliveries.owner IS NOT @owner AND deliveries.lease_until < @now)`),
    finish: statement(`
      UPDATE deliveries SET status = @status, reason = @reason, lease_until = NULL, updated_at = @now
      WHERE platform = @platform AND destination = @destination AND local_date = @localDate AND kind = @kind
        AND status = 'claimed' AND owner = @owner`),
    delivery: statement(`
      SELECT * FROM deliveries
      WHERE platform = @platform AND destination = @destination AND local_date = @localDate AND kind = @kind`),
    deliveriesBetween: statement('SELECT * FROM deliveries WHERE local_date BETWEEN @from AND @to'),
    claimOwners: statement(
      `SELECT DISTINCT owner FROM deliveries WHERE status = 'claimed' AND owner IS NOT NULL`,
    ),
    forgetBefore: statement('DELETE FROM deliveries WHERE local_date < @date'),
    releaseOwner: statement(`
      UPDATE deliveries SET status = 'failed', reason = 'abandoned: its sender stopped mid-send',
        attempts = MIN(attempts, @maxAttempts - 1), lease_until = NULL, updated_at = @now
      WHERE status = 'claimed' AND owner = @owner`),
  };
}
