import type { ServerResponse } from 'node:http';
import type { Metrics } from '../../src/metrics.js';
import type { HttpServer } from './server.js';

export interface OpsRoutesOptions {
  /** Each check by name (storage, telegram, discord…): true when it is ready to serve. */
  readiness: () => Record<string, boolean>;
  metrics: Metrics;
}

/**
 * The routes an orchestrator and a Prometheus server read: /healthz (the process answers at all),
 * /readyz (every check passes, so traffic may come) and /metrics. They say nothing about chats or people.
 */
export function registerOpsRoutes(http: HttpServer, options: OpsRoutesOptions): void {
  http.route('GET', '/healthz', (_req, res) => {
    send(res, 200, 'text/plain; charset=utf-8', 'ok\n');
  });

  http.route('GET', '/readyz', (_req, res) => {
    const checks = safeReadiness(options.readiness);
    const ready = Object.values(checks).every(Boolean);
    send(res, ready ? 200 : 503, 'application/json', `${JSON.stringify({ ready, checks })}\n`);
  });

  http.route('GET', '/metrics', async (_req, res) => {
    const { registry } = options.metrics;
    send(res, 200, registry.contentType, await registry.metrics());
  });
}

/** A readiness check that throws means "not ready", never a 500 that reads like a crash. */
function safeReadiness(readiness: () => Record<string, boolean>): Record<string, boolean> {
  try {
    return readiness();
  } catch {
    return { readiness: false };
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  // Probes must see the state of now, never a cached answer.
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}
