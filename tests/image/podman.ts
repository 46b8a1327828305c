import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { freePort, type ServiceProcess, startService, waitForStatus } from '../ops/service-process.js';
import { TOKEN } from '../telegram/harness.js';

/**
 * podman as these machines need it (see ../shared/container/make-base-image.sh): builds in a chroot with
 * the host's network and never pull (the base image is a local stand-in), containers under runc (crun
 * rejects this kernel's cgroups) on the host's network, so they reach the fake Bot API on 127.0.0.1.
 */
export const BUILD = ['build', '--isolation=chroot', '--network=host', '--pull=never', '--format', 'docker'];
export const RUN = ['--runtime', 'runc', 'run', '--network=host'];

/** Runs podman and returns its stdout; a failure throws with what podman said. */
export function podman(args: readonly string[], timeoutMs = 60_000): string {
  try {
    return execFileSync('podman', args, {
      encoding: 'utf8',
      timeout: timeoutMs,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`podman ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/**
 * The exit code of a podman command (for the ones expected to fail), with its output. stderr also holds
 * podman's own complaints (no systemd here to time health checks), so the container's stdout is apart.
 */
export function podmanStatus(
  args: readonly string[],
  timeoutMs = 60_000,
): { code: number | null; stdout: string; output: string } {
  const run = spawnSync('podman', args, { encoding: 'utf8', timeout: timeoutMs });
  return { code: run.status, stdout: run.stdout, output: `${run.stdout}${run.stderr}` };
}

/** Removes what a test made, whether or not it exists any more. */
export function podmanCleanUp(containers: readonly string[], volumes: readonly string[]): void {
  for (const name of containers) podmanStatus(['rm', '--force', '--time', '0', name]);
  for (const name of volumes) podmanStatus(['volume', 'rm', '--force', name]);
}

/**
 * `podman run` of the image's CMD in the foreground, as a Telegram bot against `apiRoot` with `volume` on
 * /data: its stderr is the service's log, its exit code the service's (podman forwards SIGTERM). Resolves
 * once /readyz answers 200, with the time that took.
 */
export async function startContainer(options: {
  name: string;
  image: string;
  volume: string;
  apiRoot: string;
}): Promise<{ service: ServiceProcess; readyMs: number; name: string }> {
  const port = await freePort();
  const env = [`TELEGRAM_BOT_TOKEN=${TOKEN}`, `TELEGRAM_API_ROOT=${options.apiRoot}`, `HTTP_PORT=${port}`];
  const started = performance.now();
  const service = await startService({
    command: [
      'podman',
      ...RUN,
      '--name',
      options.name,
      ...env.flatMap((variable) => ['-e', variable]),
      '-v',
      `${options.volume}:/data`,
      options.image,
    ],
    cwd: projectRoot,
    port,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root' },
  });
  const ready = await waitForStatus(`${service.baseUrl}/readyz`, 200, 60_000);
  expect(ready.status, service.logs()).toBe(200);
  return { service, readyMs: Math.round(performance.now() - started), name: options.name };
}

/** The user id of a container's main process, as the host's kernel sees it. */
export function processUid(name: string): number {
  const pid = podman(['inspect', '--format', '{{.State.Pid}}', name]);
  const uidLine = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('Uid:'));
  return Number(uidLine?.split(/\s+/)[1]);
}
