import type { Metrics } from '../src/metrics.js';

/**
 * A counter's value as /metrics shows it (the registry's Prometheus text), 0 when the series is not there
 * yet. Labels are matched in the order the counter declares them.
 */
export async function counterValue(
  metrics: Metrics,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const selector = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .join(',');
  const prefix = `${name}{${selector}} `;
  const line = (await metrics.registry.metrics()).split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? 0 : Number(line.slice(prefix.length));
}
