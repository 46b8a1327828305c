import { Counter, collectDefaultMetrics, Registry } from 'prom-client';
import type { Platform } from './platform.js';
import type { ReplyKind } from './reply.js';
import type { DeliveryStatus } from './storage/store.js';

/**
 * The process's Prometheus metrics, in one registry the HTTP server exposes at /metrics. Labels carry
 * kinds and platforms only: never chat ids, user ids or text. The methods take those closed types, not
 * strings, so that nothing a person typed can become a label (tests/ops/metrics-privacy.test.ts).
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

  reply(platform: Platform, kind: ReplyKind): void {
    this.replies.inc({ platform, kind });
  }

  delivery(platform: Platform, status: DeliveryStatus): void {
    this.deliveries.inc({ platform, status });
  }

  error(where: Platform | 'scheduler' | 'delivery'): void {
    this.errors.inc({ where });
  }
}
