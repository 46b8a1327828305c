import type { Database } from 'better-sqlite3';

/**
 * The schema, one step per version. A step is never edited once released: a change is a new step, so every
 * database walks the same path. PRAGMA user_version holds the last step applied.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE subscriptions (
        platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord')),
        chat_id TEXT NOT NULL,
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        lang TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, chat_id)
      ) WITHOUT ROWID;
      CREATE INDEX subscriptions_active ON subscriptions (active);

      CREATE TABLE chat_settings (
        platform TEXT NOT NULL CHECK (platform IN ('telegram', 'discord')),
        chat_id TEXT NOT NULL,
        lang TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, chat_id)
      ) WITHOUT ROWID;

      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        destination TEXT NOT NULL,
        local_date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('daily', 'world-childrens-day')),
        fact_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'gone')),
        attempts INTEGER NOT NULL DEFAULT 0,
        reason TEXT,
        owner TEXT,
        claimed_at TEXT,
        lease_until TEXT,
        updated_at TEXT NOT NULL,
        UNIQUE (platform, destination, local_date, kind),
        FOREIGN KEY (platform, destination) REFERENCES subscriptions (platform, chat_id) ON DELETE CASCADE
      );
      CREATE INDEX deliveries_local_date ON deliveries (local_date);
      CREATE INDEX deliveries_claimed ON deliveries (status) WHERE status = 'claimed';
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Brings the database up to SCHEMA_VERSION in one transaction: a crash half-way leaves the old version,
 * never half a new one. Refuses a database written by a newer Bala rather than guessing at its schema.
 */
export function migrate(db: Database): { from: number; to: number } {
  return db
    .transaction(() => {
      const from = db.pragma('user_version', { simple: true }) as number;
      if (from > SCHEMA_VERSION) {
        throw new Error(
          `the database is at schema version ${from}, newer than this Bala knows (${SCHEMA_VERSION}); upgrade Bala`,
        );
      }
      for (const step of MIGRATIONS) {
        if (step.version <= from) continue;
        db.exec(step.sql);
        db.pragma(`user_version = ${step.version}`);
      }
      return { from, to: SCHEMA_VERSION };
    })
    .immediate();
}
