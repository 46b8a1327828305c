// `npm start`: runs the built bot, building first only when a source is newer than the last build. Plain
// JavaScript, so it runs before anything is compiled; tsc on every start cost 6-8 s before the prompt.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads (tsconfig.build.json): the TypeScript sources and the compiler settings. */
const SOURCE_DIRS = ['src', 'adapters', 'scripts', 'bench', 'tests/fakes'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** Written by every `tsc -p tsconfig.build.json` (incremental build info). */
export const BUILD_STAMP = join('dist', '.tsbuildinfo');

function newestSource(root) {
  let newest = 0;
  for (const dir of SOURCE_DIRS) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(full, file)).mtimeMs);
    }
  }
  for (const file of SETTINGS) {
    const full = join(root, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/ is missing or older than a source: then the build must run before the bot. */
export function buildIsStale(root) {
  const stamp = join(root, BUILD_STAMP);
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'adapters', 'main.js'))) return true;
  return newestSource(root) > statSync(stamp).mtimeMs;
}

async function start() {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  if (buildIsStale(root)) {
    process.stderr.write('Building (a source changed since the last build)…\n');
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      process.exitCode = build.status ?? 1;
      return;
    }
    // tsc leaves its build info alone when no output changed (a touched but unchanged file): mark the
    // build as current anyway, or every start would build again.
    const now = new Date();
    utimesSync(join(root, BUILD_STAMP), now, now);
  }
  // In this process, so the console keeps the terminal and signals reach the bot directly.
  await import('../dist/adapters/main.js');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await start();
