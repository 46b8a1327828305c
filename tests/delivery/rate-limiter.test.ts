import { describe, expect, it } from 'vitest';
import { telegramLimits } from '../../src/delivery/platform-limits.js';
import { RateLimiter } from '../../src/delivery/rate-limiter.js';
import { FakeClock } from './fake-clock.js';

const START = '2025-03-10T04:00:00.000Z';

/** Acquires for each key at once and returns, per acquire in order, the virtual ms since START it went. */
async function acquireAll(limiter: RateLimiter, clock: FakeClock, keys: string[]): Promise<number[]> {
  const base = clock.now().getTime();
  const times: number[] = new Array(keys.length);
  await Promise.all(
    keys.map(async (key, i) => {
      await limiter.acquire(key);
      times[i] = clock.now().getTime() - base;
    }),
  );
  return times;
}

/** The most sends in any one-second window [t, t + 1000). */
function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (const [i, start] of sorted.entries()) {
    most = Math.max(most, sorted.filter((t, j) => j >= i && t < start + 1000).length);
  }
  return most;
}

describe('RateLimiter with Telegram limits', () => {
  it('lets at most 30 sends through in any second overall, evenly, and no slower than that', async () => {
    const clock = new FakeClock(START);
    const limiter = new RateLimiter(clock, telegramLimits());
    const keys = Array.from({ length: 90 }, (_, i) => String(1000 + i));

    const times = await acquireAll(limiter, clock, keys);

    expect(busiestSecond(times)).toBe(30);
    // 90 sends at 30 a second: the last goes 89/30 s after the first, not later.
    expect(Math.max(...times)).toBeCloseTo((89 * 1000) / 30, 0);
  });

  it('spaces sends to one private chat a second apart and to one group three seconds apart', async () => {
    const clock = new FakeClock(START);
    const limiter = new RateLimiter(clock, telegramLimits());

    const privateChat = await acquireAll(limiter, clock, ['42', '42', '42', '42']);
    const group = await acquireAll(limiter, clock, ['-100200', '-100200', '-100200']);

    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));
    for (const gap of gaps(privateChat)) expect(gap).toBeGreaterThanOrEqual(1000);
    for (const gap of gaps(group)) expect(gap).toBeGreaterThanOrEqual(3000);
    expect(Math.max(...privateChat)).toBeLessThan(3100);
  });

  it('never makes other chats wait for a chat that must wait', async () => {
    const clock = new FakeClock(START);
    const limiter = new RateLimiter(clock, telegramLimits());

    const [first, second, other] = await acquireAll(limiter, clock, ['42', '42', '7']);

    expect(first).toBe(0);
    expect(second).toBeGreaterThanOrEqual(1000);
    expect(other).toBeLessThan(100);
  });

  it('holds a chat until the time a 429 asked for', async () => {
    const clock = new FakeClock(START);
    const limiter = new RateLimiter(clock, telegramLimits());
    limiter.holdUntil('42', clock.now().getTime() + 7000);

    const [held, free] = await acquireAll(limiter, clock, ['42', '43']);

    expect(held).toBe(7000);
    expect(free).toBe(0);
  });

  it('gives up waiting when aborted', async () => {
    const clock = new FakeClock(START);
    const limiter = new RateLimiter(clock, telegramLimits());
    await limiter.acquire('42');
    const abort = new AbortController();
    const waiting = limiter.acquire('42', abort.signal);
    abort.abort(new Error('stopping'));
    await expect(waiting).rejects.toThrow('stopping');
  });
});
