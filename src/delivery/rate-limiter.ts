import type { Clock } from './clock.js';

export interface RateLimits {
  /** Sends a second over all destinations together. */
  perSecond: number;
  /** The least time between two sends to one destination, in milliseconds. */
  gapMs(key: string): number;
}

/**
 * Spaces sends out: at most `perSecond` overall, evenly (a bucket of one token refilled every
 * 1000/perSecond ms, so no window of one second ever holds more than `perSecond`), and at least `gapMs`
 * between two sends to the same destination. Waiting for one destination never holds up the others:
 * an overall slot is taken only once the destination itself is free.
 *
 * It keeps destination keys in memory for one gap only and forgets them after.
 */
export class RateLimiter {
  /** Overall slots lie on a grid: `gridStart + ceil(n * 1000 / perSecond)`, whole milliseconds. */
  private gridStart = Number.NEGATIVE_INFINITY;
  private gridCount = 0;
  /** The earliest time each destination may be sent to again. */
  private readonly notBefore = new Map<string, number>();
  /** The last acquire per destination: those for one destination go one after the other. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: RateLimits,
  ) {
    if (!(limits.perSecond > 0)) throw new Error('perSecond must be above 0');
  }

  /** Resolves when a send to `key` may go now; rejects if `signal` aborts while waiting. */
  async acquire(key: string, signal?: AbortSignal): Promise<void> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    let done = () => {};
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.queues.set(key, mine);
    try {
      await previous;
      signal?.throwIfAborted();
      await this.waitUntil(this.notBefore.get(key), signal);
      const slot = this.takeSlot(this.clock.now().getTime());
      this.notBefore.set(key, slot + this.limits.gapMs(key));
      await this.waitUntil(slot, signal);
    } finally {
      done();
      if (this.queues.get(key) === mine) this.queues.delete(key);
      this.forgetOld();
    }
  }

  /** Nothing goes to `key` before `until` (epoch ms): the platform asked to wait (HTTP 429 retry_after). */
  holdUntil(key: string, until: number): void {
    this.notBefore.set(key, Math.max(this.notBefore.get(key) ?? 0, until));
  }

  /**
   * The next overall slot. Computed from the grid's start rather than by adding 1000/perSecond over and
   * over, which drifts in floating point until a second holds one send too many.
   */
  private takeSlot(now: number): number {
    let slot = this.gridStart + Math.ceil((this.gridCount * 1000) / this.limits.perSecond);
    if (!(slot >= now)) {
      // Idle since the last slot: a new grid from now keeps at least one interval from the last send.
      this.gridStart = now;
      this.gridCount = 0;
      slot = now;
    }
    this.gridCount++;
    return slot;
  }

  private async waitUntil(at: number | undefined, signal?: AbortSignal): Promise<void> {
    if (at === undefined) return;
    const wait = at - this.clock.now().getTime();
    if (wait > 0) await this.clock.sleep(wait, signal);
  }

  private forgetOld(): void {
    if (this.notBefore.size < 10_000) return;
    const now = this.clock.now().getTime();
    for (const [key, at] of this.notBefore) if (at <= now) this.notBefore.delete(key);
  }
}
