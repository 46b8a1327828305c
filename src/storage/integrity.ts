import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { StorageError } from './storage-error.js';

const quickCheckRows = z.array(z.object({ quick_check: z.string() }));

/**
 * PRAGMA quick_check at start-up: a database with damaged pages (header intact) opens without complaint
 * and fails only later, on whichever query reads a bad page, while /readyz says all is well. Checking
 * every page once (milliseconds for Bala's few tables) turns that into a refusal to start that names the file.
 */
export function checkIntegrity(db: Database, path: string): void {
  const problems = quickCheckRows
    .parse(db.pragma('quick_check(5)'))
    .map((row) => row.quick_check)
    .filter((problem) => problem !== 'ok');
  if (problems.length > 0) {
    throw new StorageError(
      path,
      `is damaged (PRAGMA quick_check: ${problems.join('; ')}): restore it from a backup, or move it away (subscriptions are lost) to start empty`,
    );
  }
}
