import { Counter, collectDefaultMetrics, Registry } from 'prom-client';
import type { DeliveryStatus } from './storage/store.js';

/**
 * The process's Prometheus metrics, in one registry the HTTP server exposes at /metrics. Labels carry
 * kinds and platforms only: never chat ids, user ids or text.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly replies = new Counter({
    name: 'bala_replies_total',
    help: 'Replies sent, by platform and reply kind.',
    labelNames: ['platform', 'kind'] as const,
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'bala_deliveries_total',
    help: 'Scheduled posts by platform and final status of the attempt.',
    labelNames: ['platform', 'status'] as const,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'bala_errors_total',
    help: 'Errors caught by an error boundary, by where they happened.',
    labelNames: ['where'] as const,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  reply(platform: string, kind: string): void {
    this.replies.inc({ platform, kind });
  }

  delivery(platform: string, status: DeliveryStatus): void {
    this.deliveries.inc({ platform, status });
  }

  error(where: string): void {
    this.errors.inc({ where });
  }
}
