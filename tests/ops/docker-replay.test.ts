import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegramApi } from '../fakes/telegram-api.js';
import { TOKEN } from '../telegram/harness.js';
import { type ReplayedImage, replayDockerfile } from './docker-replay.js';
import { checkTelegramService, freePort, type ServiceProcess, startService } from './service-process.js';

/*
 * Without a Docker engine, this replays the Dockerfile's build and run steps in a fresh temporary copy of
 * the repository: npm ci (offline, from the local npm cache), better-sqlite3 compiled from source, the
 * TypeScript build, npm prune --omit=dev, the runtime stage's COPY --from, then the image's CMD with its
 * ENV, checked like an orchestrator would. apt-get steps are skipped (this machine has the same tools,
 * which the replay checks) and so is chown (there is no `node` user here). It takes minutes, so it runs
 * apart from `npm test`: `npm run test:docker`, which .ci/run calls.
 */

const dir = mkdtempSync(join(tmpdir(), 'bala-docker-replay-'));
let fake: FakeTelegramApi | undefined;
let service: ServiceProcess | undefined;

afterAll(async () => {
  service?.child.kill('SIGKILL');
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs an exec-form command of the image (`node …`) with this machine's node, in the image's WORKDIR. */
function runInImage(image: ReplayedImage, command: string[], env: Record<string, string>): number | null {
  const [file, ...args] = command;
  const executable = file === 'node' ? process.execPath : (file ?? '');
  return spawnSync(executable, args, { cwd: image.workdir, env, stdio: 'ignore', timeout: 10_000 }).status;
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

describe('the Dockerfile, replayed without Docker', () => {
  it('builds in a fresh copy, and the runtime stage starts, is healthy, answers and stops cleanly', async () => {
    const started = performance.now();
    const image = await replayDockerfile(projectRoot, dir);
    const buildMs = Math.round(performance.now() - started);

    // What the runtime stage holds: the built service and production dependencies only.
    const app = image.workdir;
    expect(existsSync(join(app, 'dist/adapters/serve.js'))).toBe(true);
    expect(existsSync(join(app, 'knowledge/helplines.yaml'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    for (const absent of ['src', 'tests', 'node_modules/typescript', 'node_modules/vitest', '.git']) {
      expect(existsSync(join(app, absent)), absent).toBe(false);
    }
    expect(image.user).toBe('node');
    expect(image.volumes).toContain(image.env.DATA_DIR);
    // Only system packages and file ownership are left out of the replay.
    expect(image.skipped.map((s) => s.command.split(' ')[0])).toEqual(['apt-get', 'apt-get', 'chown']);

    // The native addon compiled in the build stage loads from the runtime stage.
    const sqlite = execFileSync(
      process.execPath,
      [
        '-e',
        "const D = require('better-sqlite3'); console.log(new D(':memory:').prepare('select 41 + 1 as n').get().n)",
      ],
      { cwd: app, encoding: 'utf8' },
    );
    expect(sqlite.trim()).toBe('42');

    // docker run without a token: the command stops with an error instead of idling as a console chat.
    expect(runInImage(image, image.cmd, { ...image.env, PATH: process.env.PATH ?? '', HTTP_PORT: '0' })).toBe(
      1,
    );

    // docker run -e TELEGRAM_BOT_TOKEN=… -v bala-data:/data -p <port>:8080, against the fake Bot API.
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const port = await freePort();
    const env = {
      ...image.env,
      PATH: process.env.PATH ?? '',
      DATA_DIR: image.hostPath(image.env.DATA_DIR ?? '/data'),
      HTTP_PORT: String(port),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
    };
    const [cmdFile, ...cmdArgs] = image.cmd;
    expect(cmdFile).toBe('node');
    const appFiles = filesUnder(app);
    const runStarted = performance.now();
    service = await startService({ command: [process.execPath, ...cmdArgs], cwd: app, env, port });
    const startMs = Math.round(performance.now() - runStarted);

    expect(runInImage(image, image.healthcheck, env)).toBe(0);
    await checkTelegramService(service, fake);
    // Stopped: the same health check now fails, as Docker would see it.
    expect(runInImage(image, image.healthcheck, env)).not.toBe(0);
    // The service wrote nothing next to its code (in the image that is root's and read-only to it), and
    // its database is in the data volume.
    expect(filesUnder(app)).toEqual(appFiles);
    expect(readdirSync(env.DATA_DIR)).not.toEqual([]);

    const lines = [
      `docker replay: build ${(buildMs / 1000).toFixed(1)} s, start to /healthz ${startMs} ms, total ${((performance.now() - started) / 1000).toFixed(1)} s`,
      ...image.timings.map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.step}`),
      ...image.skipped.map((s) => `  skipped (${s.stage}, line ${s.line}): ${s.command} — ${s.reason}`),
      `  working copy: ${relative(tmpdir(), dir)} in ${tmpdir()} (removed afterwards)`,
    ];
    console.log(lines.join('\n'));
  });
});
