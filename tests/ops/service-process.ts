import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { freePort } from '../fakes/ports.js';
import { DEFAULT_USER, type FakeTelegramApi } from '../fakes/telegram-api.js';

export { freePort };

import { TOKEN } from '../telegram/harness.js';

/** How long a started service may take to answer /healthz (it logs in to the fake platform first). */
const START_TIMEOUT_MS = 30_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Everything the service wrote to stderr (its JSON logs) so far. */
  logs(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<Exit>;
}

/**
 * Starts the service as its own process and resolves once /healthz answers 200. If the process exits
 * first, or never answers, this rejects with what it logged.
 */
export async function startService(options: {
  command: readonly string[];
  cwd: string;
  env: Record<string, string>;
  port: number;
  /** Where the service listens (HTTP_HOST); 127.0.0.1 unless the test says otherwise. */
  host?: string;
}): Promise<ServiceProcess> {
  const [file, ...args] = options.command;
  if (file === undefined) throw new Error('empty command');
  const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.resume();
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let exit: Exit | undefined;
  void exited.then((e) => {
    exit = e;
  });
  const service: ServiceProcess = {
    baseUrl: `http://${options.host ?? '127.0.0.1'}:${options.port}`,
    child,
    logs: () => stderr,
    exited,
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exit)
      throw new Error(`the service exited (${JSON.stringify(exit)}) before /healthz answered:\n${stderr}`);
    if ((await status(`${service.baseUrl}/healthz`)) === 200) return service;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`/healthz did not answer within ${START_TIMEOUT_MS} ms:\n${stderr}`);
}

/** What a test of a service process started; killed, stopped and removed after each test. */
export interface ServiceFixture {
  fake?: FakeTelegramApi | undefined;
  service?: ServiceProcess | undefined;
  /** A fresh DATA_DIR, removed after the test. */
  dataDir(): string;
}

/** Registers the clean-up of what each test starts (call once, at the top of a test file). */
export function serviceFixture(): ServiceFixture {
  const dirs: string[] = [];
  const fixture: ServiceFixture = {
    dataDir() {
      const dir = mkdtempSync(join(tmpdir(), 'bala-service-'));
      dirs.push(dir);
      return dir;
    },
  };
  afterEach(async () => {
    fixture.service?.child.kill('SIGKILL');
    await fixture.fake?.stop();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    fixture.fake = undefined;
    fixture.service = undefined;
  });
  return fixture;
}

/** Starts a built script (default: the container's serve.js) as a Telegram bot against `apiRoot`. */
export async function startTelegramService(options: {
  apiRoot: string;
  dataDir: string;
  script?: string;
  env?: Record<string, string>;
  host?: string;
}): Promise<ServiceProcess> {
  const port = await freePort();
  const host = options.host ?? '127.0.0.1';
  return startService({
    command: [process.execPath, options.script ?? 'dist/adapters/serve.js'],
    cwd: projectRoot,
    port,
    host,
    env: {
      PATH: process.env.PATH ?? '',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: options.apiRoot,
      HTTP_PORT: String(port),
      HTTP_HOST: host,
      DATA_DIR: options.dataDir,
      ...options.env,
    },
  });
}

/** Polls until `url` answers `expected` (readiness can lag liveness); resolves with the last answer. */
export async function waitForStatus(url: string, expected: number, timeoutMs = 15_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(url);
    if (res.status === expected || Date.now() > deadline) return res;
    await sleep(100);
  }
}

/** Sends `signal` and waits for the exit; a process still there after `graceMs` is killed and reported. */
export async function stopService(
  service: ServiceProcess,
  signal: NodeJS.Signals,
  graceMs = 15_000,
): Promise<Exit> {
  service.child.kill(signal);
  const timeout = sleep(graceMs).then(() => 'timeout' as const);
  const result = await Promise.race([service.exited, timeout]);
  if (result !== 'timeout') return result;
  service.child.kill('SIGKILL');
  throw new Error(`the service did not exit within ${graceMs} ms of ${signal}:\n${service.logs()}`);
}

/** The status `url` answers, or undefined when nothing listens there. */
export async function status(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url)).status;
  } catch {
    return undefined; // not listening yet
  }
}

const QUESTION = 'How many children live in Kazakhstan?';

/**
 * What an operator relies on, checked on a running Telegram service: ready once connected, a question
 * answered and counted in /metrics, and a clean exit on SIGTERM (code 0: main's 10-second deadline exits 1).
 */
export async function checkTelegramService(service: ServiceProcess, fake: FakeTelegramApi): Promise<void> {
  const ready = await waitForStatus(`${service.baseUrl}/readyz`, 200);
  const readiness = (await ready.json()) as { ready: boolean; checks: Record<string, boolean> };
  expect(ready.status, service.logs()).toBe(200);
  expect(readiness).toEqual({ ready: true, checks: { storage: true, telegram: true } });

  const earlier = fake.callsOf('sendMessage');
  fake.sendPrivateText(QUESTION);
  await fake.waitForCall(
    'sendMessage',
    (call) => Number(call.params.chat_id) === DEFAULT_USER.id && !earlier.includes(call),
    10_000,
  );
  const metrics = await fetch(`${service.baseUrl}/metrics`);
  expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await metrics.text();
  expect(text).toContain('bala_replies_total{platform="telegram",kind="answer"} 1');
  expect(text).toContain('process_resident_memory_bytes');

  expect(await stopService(service, 'SIGTERM')).toEqual({ code: 0, signal: null });
}
