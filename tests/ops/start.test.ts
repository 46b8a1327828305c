import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, buildIsStale } from '../../scripts/start.mjs';
import { runNode } from '../run-node.js';

let root: string | undefined;

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A project tree with one source and a build, each with the given modification time (seconds). */
function tree(sourceTime: number, buildTime?: number): string {
  root = mkdtempSync(join(tmpdir(), 'bala-start-'));
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
  writeFileSync(join(root, 'src', 'deep', 'a.ts'), 'export {};\n');
  utimesSync(join(root, 'src', 'deep', 'a.ts'), sourceTime, sourceTime);
  if (buildTime !== undefined) {
    mkdirSync(join(root, 'dist', 'adapters'), { recursive: true });
    writeFileSync(join(root, 'dist', 'adapters', 'main.js'), '');
    writeFileSync(join(root, BUILD_STAMP), '{}');
    utimesSync(join(root, BUILD_STAMP), buildTime, buildTime);
  }
  return root;
}

describe('npm start', () => {
  it('builds only when there is no build or a source is newer than it', () => {
    expect(buildIsStale(tree(1_000))).toBe(true);
    expect(buildIsStale(tree(1_000, 2_000))).toBe(false);
    expect(buildIsStale(tree(3_000, 2_000))).toBe(true);
  });

  it('starts the console from the built output, without building, when the build is up to date', async () => {
    // npm test has just built; a source touched since (same content, so tsc wrote nothing) makes this first
    // start build once and mark the build current.
    await runNode('scripts/start.mjs', [], { input: '/quit\n', env: { LOG_LEVEL: 'silent' } });
    const { code, stdout, stderr } = await runNode('scripts/start.mjs', [], {
      input: '/help\n',
      env: { LOG_LEVEL: 'silent' },
    });
    expect(code).toBe(0);
    expect(stderr).not.toContain('Building');
    expect(stdout).toContain('/fact');
  });
});
