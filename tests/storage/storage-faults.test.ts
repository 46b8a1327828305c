import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { DATABASE_FILE, SqliteStore } from '../../src/storage/sqlite-store.js';
import { runNode } from '../run-node.js';

const NOW = new Date('2025-03-10T04:00:00.000Z');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bala-faults-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A database with enough subscriptions to span many pages, closed cleanly (WAL folded back). */
async function filledDatabase(dataDir: string): Promise<string> {
  const store = SqliteStore.open(dataDir);
  for (let i = 0; i < 2000; i++) {
    await store.upsertSubscription(
      { platform: 'telegram', chatId: String(1000 + i), time: '09:00', timeZone: 'Asia/Almaty', lang: 'en' },
      NOW,
    );
  }
  await store.close();
  return join(dataDir, DATABASE_FILE);
}

/** Overwrites pages in the middle of the file, leaving the header (page 1) intact, as a bad disk would. */
function damagePages(file: string): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(file).size / pageSize);
  expect(pages).toBeGreaterThan(8);
  const fd = openSync(file, 'r+');
  for (const page of [3, Math.floor(pages / 2), pages - 2]) {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize);
  }
  closeSync(fd);
}

describe('storage faults', () => {
  it('refuses to open a database with damaged pages, naming the file and quick_check', async () => {
    const file = await filledDatabase(dir);
    damagePages(file);
    expect(() => SqliteStore.open(dir)).toThrow(`Storage ${file}: is damaged`);
  });

  it('says a file that is not a database is not one, and names it', () => {
    writeFileSync(join(dir, DATABASE_FILE), 'these are somebody else’s notes, not a database\n'.repeat(200));
    expect(() => SqliteStore.open(dir)).toThrow(
      new RegExp(`^Storage ${join(dir, DATABASE_FILE)}: is not a SQLite database`),
    );
  });

  it('says DATA_DIR is not a folder when it is a file', () => {
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, 'x');
    expect(() => SqliteStore.open(notAFolder)).toThrow(`Storage ${join(notAFolder, DATABASE_FILE)}:`);
    expect(() => SqliteStore.open(notAFolder)).toThrow(/is not a folder/);
  });

  it('says a read-only data folder must be writable, as an unprivileged user', () => {
    const readOnly = join(dir, 'ro');
    mkdirSync(readOnly);
    chmodSync(dir, 0o755);
    chmodSync(readOnly, 0o555);
    // Root may write anywhere, so the check runs as "nobody" when the tests run as root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const script = `import('./dist/src/storage/sqlite-store.js').then(({ SqliteStore }) => SqliteStore.open(${JSON.stringify(readOnly)}))`;
    const run = spawnSync(process.execPath, ['-e', script], {
      cwd: projectRoot,
      encoding: 'utf8',
      ...asNobody,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`Storage ${join(readOnly, DATABASE_FILE)}: cannot`);
    expect(run.stderr).toMatch(/must be writable|is writable/);
  });

  it('keeps the bot from starting on a damaged database, with a message that names the file', async () => {
    const file = await filledDatabase(dir);
    damagePages(file);
    const { code, stderr } = await runNode('dist/adapters/main.js', [], {
      env: { TELEGRAM_BOT_TOKEN: '123456:AAAAAAAAAAAAAAAAAAAAAAAA', DATA_DIR: dir, HTTP_PORT: '0' },
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`Bala could not start: Storage ${file}: is damaged`);
  });

  it('reports storage unhealthy (for /readyz) when a real query fails, though the file is still open', async () => {
    const store = SqliteStore.open(dir);
    await store.upsertSubscription(
      { platform: 'telegram', chatId: '1', time: '09:00', timeZone: 'Asia/Almaty', lang: 'en' },
      NOW,
    );
    expect(store.isHealthy()).toBe(true);
    // Another process breaks the schema under the running bot.
    const other = new BetterSqlite3(join(dir, DATABASE_FILE));
    other.exec('DROP TABLE chat_settings');
    other.close();
    expect(store.isOpen()).toBe(true);
    expect(store.isHealthy()).toBe(false);
    await store.close();
    expect(store.isHealthy()).toBe(false);
  });
});
