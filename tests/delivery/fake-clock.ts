import type { Clock } from '../../src/delivery/clock.js';

interface Timer {
  at: number;
  wake: () => void;
}

/**
 * Virtual time for the scheduler: sleeps never wait on the wall clock. Each sleep is woken on a later turn
 * of the event loop, earliest wake time first, and the clock jumps to it, so code that sleeps sees time
 * pass exactly as it asked. `sleeps` records every wait asked for; `set` jumps (a restart hours later).
 */
export class FakeClock implements Clock {
  private current: number;
  private readonly timers: Timer[] = [];
  readonly sleeps: number[] = [];

  constructor(start: string | Date) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant).getTime();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer: Timer = {
        at: this.current + ms,
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const index = this.timers.indexOf(timer);
        if (index >= 0) this.timers.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
      setImmediate(() => this.wakeNext());
    });
  }

  private wakeNext(): void {
    let next: Timer | undefined;
    for (const timer of this.timers) if (!next || timer.at < next.at) next = timer;
    if (!next) return;
    this.timers.splice(this.timers.indexOf(next), 1);
    this.current = Math.max(this.current, next.at);
    next.wake();
  }
}
