import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import { checkTelegramService, type ServiceProcess, stopService } from '../ops/service-process.js';
import { nthMessage, TOKEN } from '../telegram/harness.js';
import { BUILD, podman, podmanCleanUp, podmanStatus, processUid, RUN, startContainer } from './podman.js';

/*
 * The Dockerfile, built and run for real with podman (npm run test:image; .ci/run installs podman and the
 * base image first). The containers run the image's own CMD against the local fake Bot API, with a named
 * volume for /data, as `docker run -e TELEGRAM_BOT_TOKEN=… -v bala-data:/data` would.
 */

const run = randomBytes(4).toString('hex');
const TAG = 'localhost/bala:test';
const VOLUME = `bala-test-data-${run}`;
const containers: string[] = [];
const figures: string[] = [];
let fake: FakeTelegramApi | undefined;
let service: ServiceProcess | undefined;

afterAll(async () => {
  service?.child.kill('SIGKILL');
  podmanCleanUp(containers, [VOLUME]);
  await fake?.stop();
  if (figures.length > 0) console.log(`test:image figures\n  ${figures.join('\n  ')}`);
});

/** A new container of the image on the test's volume, against the fake Bot API; removed afterwards. */
async function startBala(): ReturnType<typeof startContainer> {
  if (!fake) throw new Error('the fake Bot API is not running');
  const name = `bala-test-${run}-${containers.length + 1}`;
  containers.push(name);
  const started = await startContainer({ name, image: TAG, volume: VOLUME, apiRoot: fake.apiRoot });
  service = started.service;
  return started;
}

describe('the container image (podman)', () => {
  it('builds from the Dockerfile, and its runtime stage holds the built service only', () => {
    const started = performance.now();
    podman([...BUILD, '-t', TAG, projectRoot], 30 * 60_000);
    figures.push(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const bytes = Number(podman(['image', 'inspect', '--format', '{{.Size}}', TAG]));
    figures.push(`image size: ${(bytes / 1e6).toFixed(0)} MB`);

    const leftovers = podmanStatus([
      ...RUN,
      '--rm',
      TAG,
      'node',
      '-e',
      "const gone = ['src', 'tests', '.git', 'node_modules/typescript', 'node_modules/vitest'].filter((p) => require('fs').existsSync(p)); console.log(gone.join(' ')); process.exit(gone.length)",
    ]);
    expect(leftovers.stdout.trim()).toBe('');
    expect(leftovers.code).toBe(0);
  });

  it('refuses to start without a bot token (exit 1) instead of idling as a console chat', () => {
    const result = podmanStatus([...RUN, '--rm', '-e', 'HTTP_PORT=0', TAG]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('TELEGRAM_BOT_TOKEN');
  });

  it('answers a question, is ready and healthy, runs as uid 1000, keeps a subscription, and stops with 0', async () => {
    fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const first = await startBala();
    figures.push(`start to ready (/readyz 200): ${first.readyMs} ms`);

    expect(processUid(first.name)).toBe(1000);
    expect(podmanStatus(['--runtime', 'runc', 'healthcheck', 'run', first.name]).code).toBe(0);

    fake.sendCommand('subscribe', '07:45');
    expect((await nthMessage(fake, DEFAULT_USER.id, 1)).text).toContain('07:45');
    // Answers a question, counts it in /metrics, and exits 0 on SIGTERM (forwarded by podman run).
    await checkTelegramService(first.service, fake);
    expect(podman(['inspect', '--format', '{{.State.ExitCode}}', first.name])).toBe('0');
  });

  it('keeps the subscription for a new container on the same volume', async () => {
    // What is due at noon in Almaty on a day to come: the subscription made in the first container.
    const due = podman([
      ...RUN,
      '--rm',
      '-v',
      `${VOLUME}:/data`,
      TAG,
      'node',
      'dist/scripts/deliver.js',
      '--dry-run',
      '--at',
      '2030-01-02T07:00:00Z',
    ]);
    expect(due).toMatch(new RegExp(`^telegram\t${DEFAULT_USER.id}\t2030-01-02 .*\tdaily\t`, 'm'));

    const second = await startBala();
    figures.push(`start to ready, second container on the volume: ${second.readyMs} ms`);
    expect(await stopService(second.service, 'SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
