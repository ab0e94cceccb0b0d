import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * DATA_DIR/notifications.db: the reminder outbox, calendar feed tokens and the scheduler's
 * last run. Local to one instance, like the people directory (see the README).
 */
const MIGRATIONS = [
  `CREATE TABLE outbox (
     key             TEXT PRIMARY KEY,
     trust_id        TEXT NOT NULL,
     person_id       TEXT NOT NULL,
     review_key      TEXT,
     step            TEXT NOT NULL,
     step_order      TEXT NOT NULL,
     subject         TEXT NOT NULL,
     body            TEXT NOT NULL,
     message_id      TEXT NOT NULL,
     status          TEXT NOT NULL,
     attempts        INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     last_error      TEXT,
     created_at      TEXT NOT NULL,
     finished_at     TEXT
   );
   CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
   CREATE INDEX outbox_review ON outbox (review_key, person_id);
   CREATE TABLE feed_tokens (
     id           TEXT PRIMARY KEY,
     token_hash   TEXT NOT NULL UNIQUE,
     trust_id     TEXT NOT NULL,
     person_id    TEXT NOT NULL,
     label        TEXT,
     school_id    TEXT,
     mfa_verified INTEGER NOT NULL,
     created_at   TEXT NOT NULL,
     last_used_at TEXT,
     revoked_at   TEXT
   );
   CREATE INDEX feed_tokens_by_person ON feed_tokens (person_id);
   CREATE TABLE scan_runs (
     id        INTEGER PRIMARY KEY CHECK (id = 1),
     last_date TEXT NOT NULL,
     ran_at    TEXT NOT NULL
   );`,
  // An email whose body holds a secret (a one-time link): the body is blanked once the message
  // is finished (sent, logged, failed or cancelled), so the link does not stay on disk.
  `ALTER TABLE outbox ADD COLUMN secret_body INTEGER NOT NULL DEFAULT 0;`,
];

export function openNotificationsDatabase(
  file: string,
  synchronous: 'FULL' | 'NORMAL' = 'FULL',
): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // The outbox's states decide whether an email is sent again: FULL keeps "sent" across a power cut.
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  const current = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    MIGRATIONS.slice(current).forEach((sql) => db.exec(sql));
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
  return db;
}
