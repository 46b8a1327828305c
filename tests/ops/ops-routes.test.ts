import { afterEach, describe, expect, it } from 'vitest';
import { registerOpsRoutes } from '../../adapters/http/ops-routes.js';
import { HttpServer } from '../../adapters/http/server.js';
import { createLogger } from '../../src/logger.js';
import { Metrics } from '../../src/metrics.js';

let http: HttpServer | undefined;

afterEach(async () => {
  await http?.close();
  http = undefined;
});

/** A real HTTP server on a free port with the ops routes; `checks` is read on every /readyz request. */
async function serve(checks: () => Record<string, boolean>, metrics = new Metrics()): Promise<string> {
  http = new HttpServer(createLogger('silent'));
  registerOpsRoutes(http, { readiness: checks, metrics });
  const port = await http.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

describe('the ops routes', () => {
  it('answers /healthz with ok while the process is up', async () => {
    const base = await serve(() => ({ storage: false }));

    const res = await fetch(`${base}/healthz`);

    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok\n');
  });

  it('answers /readyz with 200 and every check once all of them pass', async () => {
    const base = await serve(() => ({ storage: true, telegram: true, discord: true }));

    const res = await fetch(`${base}/readyz`);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      ready: true,
      checks: { storage: true, telegram: true, discord: true },
    });
  });

  it('answers /readyz with 503 while any check fails, and follows the checks as they change', async () => {
    let telegramConnected = false;
    const base = await serve(() => ({ storage: true, telegram: telegramConnected }));

    const before = await fetch(`${base}/readyz`);
    telegramConnected = true;
    const after = await fetch(`${base}/readyz`);

    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ ready: false, checks: { storage: true, telegram: false } });
    expect(after.status).toBe(200);
  });

  it('treats a readiness check that throws as not ready', async () => {
    const base = await serve(() => {
      throw new Error('storage handle gone');
    });

    const res = await fetch(`${base}/readyz`);

    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, checks: { readiness: false } });
  });

  it('serves /metrics in the Prometheus text format with the counters as they are', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    metrics.reply('telegram', 'answer');
    metrics.reply('telegram', 'answer');
    metrics.delivery('discord', 'sent');
    metrics.error('telegram');
    const base = await serve(() => ({}), metrics);

    const res = await fetch(`${base}/metrics`);
    const text = await res.text();

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(metrics.registry.contentType);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE bala_replies_total counter');
    expect(text).toContain('bala_replies_total{platform="telegram",kind="answer"} 2');
    expect(text).toContain('bala_deliveries_total{platform="discord",status="sent"} 1');
    expect(text).toContain('bala_errors_total{where="telegram"} 1');
  });

  it('includes the process metrics by default', async () => {
    const base = await serve(() => ({}));

    const text = await (await fetch(`${base}/metrics`)).text();

    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('leaves other paths and methods to the 404', async () => {
    const base = await serve(() => ({}));

    expect((await fetch(`${base}/health`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
