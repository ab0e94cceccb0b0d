/** Schema versions of directory.db, applied in order; PRAGMA user_version records how many ran. */
export const DIRECTORY_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE people (
    person_id           TEXT PRIMARY KEY,
    trust_id            TEXT NOT NULL,
    name                TEXT,
    email               TEXT,
    -- lower-cased email: unique across the deployment, since sign-in is by email alone
    email_key           TEXT UNIQUE,
    password_hash       TEXT,
    -- TOTP secrets, encrypted (AES-256-GCM) with a key derived from the token secret
    totp_secret         TEXT,
    totp_pending_secret TEXT,
    -- the last time step a code was accepted for: a code works once
    totp_last_step      INTEGER,
    -- bumped when credentials change or the person is erased: older tokens stop working
    session_version     INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    erased_at           TEXT
  );
  CREATE INDEX people_by_trust ON people (trust_id, created_at);

  CREATE TABLE login_failures (
    key   TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  );
  CREATE INDEX login_failures_by_key ON login_failures (key, at_ms);

  CREATE TABLE trust_catalog (
    trust_id TEXT PRIMARY KEY,
    name     TEXT NOT NULL
  );
  CREATE TABLE trust_catalog_checkpoint (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    position TEXT NOT NULL
  );
  `,
  `
  -- Addresses a person has signed in from (throttle address, see client-address.ts): failures
  -- from elsewhere never slow them down there. Personal data: erasure deletes the rows.
  CREATE TABLE known_sign_in_addresses (
    person_id       TEXT NOT NULL,
    address         TEXT NOT NULL,
    last_success_ms INTEGER NOT NULL,
    PRIMARY KEY (person_id, address)
  ) WITHOUT ROWID;
  `,
  `
  -- One-time links emailed to a person: an invitation or password reset (set a password) or a
  -- sign-in link. Only the SHA-256 of the token is kept; a used link keeps its row (so a second
  -- use is told "already used") until the person is erased.
  CREATE TABLE sign_in_links (
    token_hash TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    used_ms    INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX sign_in_links_by_person ON sign_in_links (person_id, purpose);
  `,
  `
  -- The personal text of a person's records (the descriptions of declared interests, the title
  -- and provider of training), as JSON, keyed by the record id the log's event carries. Kept
  -- here, outside the log, so erasure deletes it.
  CREATE TABLE personal_records (
    record_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    trust_id  TEXT NOT NULL,
    text      TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX personal_records_by_person ON personal_records (person_id);
  `,
  `
  -- A member of staff's job title as the school's MIS gives it ("Class teacher"): personal data,
  -- kept here and never in the log; it grants nothing. Erasure clears it with the name.
  ALTER TABLE people ADD COLUMN job_title TEXT;
  `,
];
