/** Timing helpers for the benchmark: percentiles of per-call durations in milliseconds. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export interface Timing {
  p50: number;
  p99: number;
  perSecond: number;
  calls: number;
}

/** Calls `fn` for every input, `rounds` times over, after one warm-up round. */
export function time<T>(inputs: T[], rounds: number, fn: (input: T) => unknown): Timing {
  for (const input of inputs) fn(input);
  const durations: number[] = [];
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t0 = process.hrtime.bigint();
      fn(input);
      durations.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  durations.sort((a, b) => a - b);
  return {
    p50: percentile(durations, 50),
    p99: percentile(durations, 99),
    perSecond: (durations.length / totalMs) * 1000,
    calls: durations.length,
  };
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
export const pct = (value: number | undefined) =>
  value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
