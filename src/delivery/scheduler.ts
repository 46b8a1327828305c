import { setTimeout as realSleep } from 'node:timers/promises';
import { Cron } from 'croner';
import type { BalaCore } from '../core.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { Platform, Publisher } from '../platform.js';
import { isDeadClaimOwner } from '../storage/claim-owner.js';
import { MAX_ATTEMPTS_PER_DAY, type Store } from '../storage/store.js';
import { localDate } from '../time.js';
import { type Clock, systemClock } from './clock.js';
import { type DuePost, deliveryKeyId, duePosts, localDateRange } from './due.js';
import { CONCURRENCY, telegramLimits } from './platform-limits.js';
import { RateLimiter } from './rate-limiter.js';
import { DEFAULT_RETRY, type Lane, type PostOutcome, type RetryPolicy, sendPost } from './send-post.js';

export interface SchedulerOptions {
  store: Store;
  core: BalaCore;
  publishers: readonly Publisher[];
  logger: Logger;
  metrics?: Metrics | undefined;
  clock?: Clock;
  /** Telegram sends a second over all chats (30 by default; more only against a local fake). */
  telegramPerSecond?: number;
  concurrency?: Partial<Record<Platform, number>>;
  retry?: Partial<RetryPolicy>;
  /** How long stop() waits for sends already on the wire. */
  stopTimeoutMs?: number;
  maxAttemptsPerDay?: number;
  isDeadClaimOwner?: (owner: string) => boolean;
}

/** Ledger rows are kept this long, then deleted: only today's matter for delivery. */
const LEDGER_DAYS = 30;

export type DeliverySummary = Record<PostOutcome, number>;

interface LaneState extends Lane {
  concurrency: number;
  queue: DuePost[];
  head: number;
  running: number;
}

/**
 * Finds due posts every minute (croner) and once at start-up, which is the catch-up after downtime, and
 * delivers them through one bounded lane per platform. Exactly once rests on the ledger (see sendPost): the
 * scheduler only avoids queueing a post twice within this process.
 */
export class DeliveryScheduler {
  private readonly clock: Clock;
  private readonly lanes = new Map<Platform, LaneState>();
  private readonly queued = new Set<string>();
  private readonly abort = new AbortController();
  private readonly running = new Set<Promise<void>>();
  private readonly idleWaiters: Array<() => void> = [];
  private readonly counts: DeliverySummary = { sent: 0, failed: 0, gone: 0, skipped: 0, released: 0 };
  private readonly retry: RetryPolicy;
  private readonly maxAttemptsPerDay: number;
  private cron: Cron | undefined;
  private ticking: Promise<number> | undefined;
  private recovered: Promise<number> | undefined;
  private stopping: Promise<void> | undefined;
  private ledgerTrimmedOn: string | undefined;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.maxAttemptsPerDay = options.maxAttemptsPerDay ?? MAX_ATTEMPTS_PER_DAY;
    for (const publisher of options.publishers) {
      const platform = publisher.platform;
      this.lanes.set(platform, {
        publisher,
        // Discord needs none: discord.js's REST queue waits out its rate limits per route and globally.
        ...(platform === 'telegram'
          ? { limiter: new RateLimiter(this.clock, telegramLimits(options.telegramPerSecond)) }
          : {}),
        concurrency: options.concurrency?.[platform] ?? CONCURRENCY[platform],
        queue: [],
        head: 0,
        running: 0,
      });
    }
  }

  /** Catches up on what is due today, then checks every minute. */
  async start(): Promise<void> {
    await this.releaseAbandonedClaims();
    this.cron = new Cron('* * * * *', { protect: true }, async () => {
      await this.tick();
    });
    void this.tick();
  }

  /** Delivers everything due now and resolves when done (`npm run deliver`, the benchmark). */
  async runOnce(): Promise<DeliverySummary> {
    await this.releaseAbandonedClaims();
    await this.tick();
    await this.idle();
    return this.summary();
  }

  summary(): DeliverySummary {
    return { ...this.counts };
  }

  /**
   * Queues what is due and not queued yet; resolves with how many were queued. Never rejects: a failed
   * check is logged and the next tick tries again.
   */
  tick(): Promise<number> {
    if (this.stopping) return Promise.resolve(0);
    this.ticking ??= this.findAndQueue()
      .catch((err: unknown) => {
        this.options.metrics?.error('scheduler');
        this.options.logger.error({ err }, 'could not check for due daily posts');
        return 0;
      })
      .finally(() => {
        this.ticking = undefined;
        if (this.isIdle()) this.notifyIdle();
      });
    return this.ticking;
  }

  /** Resolves when nothing is queued or being sent. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Takes no new work, drops what is queued but not claimed, wakes sends waiting on a rate limit or a
   * retry (they give their claim back), and waits up to stopTimeoutMs for sends on the wire to finish.
   * A send still unfinished then keeps its claim, which the next start releases and counts.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.cron?.stop();
      for (const lane of this.lanes.values()) {
        for (const post of lane.queue.slice(lane.head)) this.queued.delete(deliveryKeyId(post.key));
        lane.queue = [];
        lane.head = 0;
      }
      this.abort.abort(new Error('the scheduler is stopping'));
      const timeout = realSleep(this.options.stopTimeoutMs ?? 5000, 'timeout', { ref: false });
      const finished = Promise.allSettled([...this.running]).then(() => 'finished');
      if ((await Promise.race([finished, timeout])) === 'timeout') {
        this.options.logger.warn(
          { sending: this.running.size },
          'stopped with daily posts still on the wire',
        );
      }
      this.notifyIdle();
    })();
    return this.stopping;
  }

  private releaseAbandonedClaims(): Promise<number> {
    this.recovered ??= (async () => {
      const isDead = this.options.isDeadClaimOwner ?? isDeadClaimOwner;
      const released = await this.options.store.releaseAbandonedClaims(isDead, this.clock.now());
      if (released > 0) {
        this.options.logger.warn(
          { count: released },
          'daily posts were being sent when an earlier run stopped: sending them again (each may be a duplicate)',
        );
      }
      return released;
    })();
    return this.recovered;
  }

  private async findAndQueue(): Promise<number> {
    const { store } = this.options;
    const now = this.clock.now();
    await this.trimLedger(now);
    const subscriptions = (await store.activeSubscriptions()).filter((s) => this.lanes.has(s.platform));
    if (subscriptions.length === 0) return 0;
    const [from, to] = localDateRange(subscriptions, now);
    const ledger = await store.deliveriesBetween(from, to);
    let count = 0;
    for (const post of duePosts(subscriptions, ledger, now, this.maxAttemptsPerDay)) {
      const id = deliveryKeyId(post.key);
      const lane = this.lanes.get(post.key.platform);
      if (!lane || this.queued.has(id) || this.stopping) continue;
      this.queued.add(id);
      lane.queue.push(post);
      count++;
    }
    if (count > 0) this.options.logger.info({ queued: count }, 'daily posts due');
    for (const lane of this.lanes.values()) this.pump(lane);
    return count;
  }

  /** Once a day: the ledger keeps chat ids, so it keeps them no longer than it needs. */
  private async trimLedger(now: Date): Promise<void> {
    const today = localDate(now, 'UTC');
    if (this.ledgerTrimmedOn === today) return;
    this.ledgerTrimmedOn = today;
    const before = localDate(new Date(now.getTime() - LEDGER_DAYS * 86_400_000), 'UTC');
    const deleted = await this.options.store.forgetDeliveriesBefore(before);
    if (deleted > 0) this.options.logger.info({ deleted, before }, 'old delivery ledger rows deleted');
  }

  private pump(lane: LaneState): void {
    while (lane.running < lane.concurrency && lane.head < lane.queue.length && !this.stopping) {
      const post = lane.queue[lane.head] as DuePost;
      lane.head++;
      lane.running++;
      const job = this.send(lane, post).finally(() => {
        lane.running--;
        this.running.delete(job);
        this.queued.delete(deliveryKeyId(post.key));
        if (lane.head === lane.queue.length) {
          lane.queue = [];
          lane.head = 0;
        }
        this.pump(lane);
        if (this.isIdle()) this.notifyIdle();
      });
      this.running.add(job);
    }
  }

  private async send(lane: LaneState, post: DuePost): Promise<void> {
    try {
      const outcome = await sendPost(
        { ...this.options, clock: this.clock, retry: this.retry },
        lane,
        post,
        this.abort.signal,
      );
      this.counts[outcome]++;
    } catch (err) {
      // The store failed (closed, disk full): the row keeps its claim until restart or lease end.
      this.counts.failed++;
      this.options.metrics?.error('delivery');
      this.options.logger.error({ err, platform: post.key.platform }, 'daily post could not be recorded');
    }
  }

  private isIdle(): boolean {
    if (this.ticking) return false;
    for (const lane of this.lanes.values()) {
      if (lane.running > 0 || (lane.head < lane.queue.length && !this.stopping)) return false;
    }
    return true;
  }

  private notifyIdle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
