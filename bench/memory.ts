import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../src/paths.js';
import { FakeDiscordServer } from '../tests/fakes/discord-server.js';
import { freePort } from '../tests/fakes/ports.js';
import { FAKE_BOT_INFO, FakeTelegramApi } from '../tests/fakes/telegram-api.js';
import { printTable } from './table.js';

/** The Node.js flags `npm start` runs the bot with, so the bench measures the bot as it is started. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const run = /\bnode((?: --[\w-]+(?:=\S+)?)*) scripts\/start\.mjs/.exec(pkg.scripts.start);
  return (run?.[1] ?? '').split(' ').filter((flag) => flag !== '');
}

/** Resident memory of a process, from /proc (Linux), in MiB. */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

async function untilReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error('the bot stopped before it was ready');
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${url} never answered 200`);
}

/**
 * The bot with both adapters connected to the fake Telegram and Discord servers, after start-up and a few
 * questions, beside an empty Node.js process in the same run.
 */
export async function benchMemory(): Promise<void> {
  const telegram = new FakeTelegramApi({ token: `${FAKE_BOT_INFO.id}:MEMORY-BENCH-aaaaaaaaaaaaaaaaaaaa` });
  await telegram.start();
  const discord = await new FakeDiscordServer().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'bala-memory-'));
  const port = await freePort();
  const child = spawn(process.execPath, [...startFlags(), 'dist/adapters/main.js'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_BOT_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_ROOT: discord.apiRoot,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const empty = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  try {
    await untilReady(`http://127.0.0.1:${port}/readyz`, child);
    for (const q of ['How many children live in Kazakhstan?', 'my dad hits me', 'сколько детей в школе']) {
      telegram.sendPrivateText(q);
    }
    await sleep(2000);
    const bot = residentMiB(child.pid ?? 0);
    const bare = residentMiB(empty.pid ?? 0);
    console.log(
      '\nResident memory after start-up and three questions (fake Telegram and Discord on 127.0.0.1)',
    );
    printTable(
      ['', 'resident'],
      [
        [`Bala, Telegram + Discord connected (node ${startFlags().join(' ')})`, `${bot.toFixed(1)} MiB`],
        ['baseline: an empty Node.js process', `${bare.toFixed(1)} MiB`],
      ],
    );
  } finally {
    empty.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await telegram.stop();
    await discord.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
