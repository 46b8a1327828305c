import type { BalaCore } from '../core.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { DeliveryResult, Publisher } from '../platform.js';
import type { Reply } from '../reply.js';
import type { Store } from '../storage/store.js';
import type { Clock } from './clock.js';
import type { DuePost } from './due.js';
import type { RateLimiter } from './rate-limiter.js';

export interface RetryPolicy {
  /** Sends tried per claim before the row is recorded `failed` (the next tick may claim it again). */
  maxTries: number;
  /** Backoff after the first 5xx or network error; doubled after each further one. */
  firstBackoffMs: number;
  /** A 429 asking to wait longer than this ends the claim as `failed` instead of holding it. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxTries: 4, firstBackoffMs: 1000, maxWaitMs: 5 * 60_000 };

/** Where one platform's posts go through: its publisher and, for Telegram, its rate limiter. */
export interface Lane {
  publisher: Publisher;
  limiter?: RateLimiter;
}

export type PostOutcome = 'sent' | 'failed' | 'gone' | 'skipped' | 'released';

export interface SendPostDeps {
  store: Store;
  core: BalaCore;
  clock: Clock;
  logger: Logger;
  metrics?: Metrics | undefined;
  retry: RetryPolicy;
}

/**
 * Delivers one due post, exactly once: claim the ledger row, send (waiting out 429s, retrying 5xx and
 * network errors with backoff), then record the outcome. `skipped` means another sender holds the row or it
 * was finished meanwhile; `released` means the scheduler stopped before the send and gave the row back.
 */
export async function sendPost(
  deps: SendPostDeps,
  lane: Lane,
  post: DuePost,
  signal: AbortSignal,
): Promise<PostOutcome> {
  const { store, clock } = deps;
  const { subscription, key } = post;
  const reply = deps.core.today(`${key.platform}:${key.chatId}`, key.localDate, subscription.lang);
  if (!(await store.claimDelivery(key, reply.fact?.id ?? null, clock.now()))) return 'skipped';

  let result: DeliveryResult;
  try {
    result = await publishWithRetries(deps, lane, key.chatId, reply, signal);
  } catch (error) {
    if (signal.aborted) {
      // Stopping, and nothing was sent in this claim's last step: hand the row to the next run at once.
      await store.finishDelivery(
        key,
        { status: 'failed', reason: 'released: stopped before sending' },
        clock.now(),
      );
      return 'released';
    }
    // Publishers report failures as results; anything thrown is a bug, still recorded so the row is retried.
    result = { status: 'failed', reason: `unexpected: ${error instanceof Error ? error.name : 'error'}` };
  }
  if (result.status === 'gone') await store.deactivateSubscription(key.platform, key.chatId, clock.now());
  await store.finishDelivery(key, result, clock.now());
  deps.metrics?.delivery(key.platform, result.status);
  if (result.status !== 'sent') {
    deps.logger.warn(
      { platform: key.platform, kind: key.kind, status: result.status, reason: result.reason },
      result.status === 'gone' ? 'daily post destination is gone: unsubscribed' : 'daily post failed',
    );
  }
  return result.status;
}

async function publishWithRetries(
  deps: SendPostDeps,
  lane: Lane,
  chatId: string,
  reply: Reply,
  signal: AbortSignal,
): Promise<DeliveryResult> {
  const { clock, retry } = deps;
  let backoff = retry.firstBackoffMs;
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    await lane.limiter?.acquire(chatId, signal);
    // Not abortable: once a send is on the wire its answer is awaited, so the ledger says what happened.
    const result = await lane.publisher.publish(chatId, reply);
    if (result.status !== 'failed' || attempt >= retry.maxTries || signal.aborted) return result;
    const wait = result.retryAfterMs ?? backoff;
    if (wait > retry.maxWaitMs) return result;
    if (result.retryAfterMs === undefined) backoff *= 2;
    else lane.limiter?.holdUntil(chatId, clock.now().getTime() + wait);
    deps.logger.debug(
      { platform: lane.publisher.platform, attempt, wait, reason: result.reason },
      'retrying post',
    );
    await clock.sleep(wait, signal);
  }
}
