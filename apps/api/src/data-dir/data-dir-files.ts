/**
 * Every file the server keeps in DATA_DIR, named in one place. Each store opens its file by
 * the name given here, and backup copies exactly what BACKUP_PLAN lists (refusing a database
 * it does not know), so a store cannot be added or renamed without backup following.
 */
export const DATA_DIR_FILES = {
  events: 'events.db',
  readModels: 'read-models.db',
  notifications: 'notifications.db',
  idempotency: 'idempotency.db',
  directory: 'directory.db',
  tamperCheckpoints: 'tamper-checkpoints.db',
  secrets: 'secrets.json',
  demoLogins: 'demo-logins.txt',
  /** A folder: attached policy documents, one file per content, named by its SHA-256 (documents/document-store.ts). */
  documents: 'documents',
  /** A folder: read-model checkpoints for knownAt, a cache derived from the log (@governance/projections ReadModelCheckpoints). */
  readModelCheckpoints: 'read-model-checkpoints',
  /** Dashboard and register answers kept across restarts, each stamped with where the read models it reads last changed (@governance/projections PersistedAnswers). */
  persistedAnswers: 'persisted-answers.db',
} as const;

export type DataDirFile = keyof typeof DATA_DIR_FILES;

/**
 * The files an instance derives from the log alone and may lose: they live in LOCAL_DIR
 * (DATA_DIR by default) and are rebuilt when missing. Every other file stays in DATA_DIR: the
 * log itself, and stores that hold what the log does not (directory.db's trust list is derived,
 * but it shares that file with people and credentials, so the file stays).
 */
export const LOCAL_DIR_FILES: ReadonlySet<DataDirFile> = new Set<DataDirFile>(['readModels', 'readModelCheckpoints', 'persistedAnswers']);

/** The two folders a server's files live in (the same folder unless LOCAL_DIR is set). */
export interface ServerFolders {
  dataDir: string;
  localDir: string;
}

/** The folder that holds `file`: LOCAL_DIR for what is derived from the log, DATA_DIR for the rest. */
export function folderOf(file: DataDirFile, folders: ServerFolders): string {
  return LOCAL_DIR_FILES.has(file) ? folders.localDir : folders.dataDir;
}

export interface BackupStep {
  file: DataDirFile;
  /**
   * A SQLite database copied from a pinned snapshot, a plain file copied whole, or a folder of
   * files that are written whole and never changed (each copied whole, after every snapshot).
   */
  kind: 'sqlite' | 'file' | 'folder';
  /** What the file holds, in words an operator understands (printed by backup). */
  holds: string;
}

/**
 * What backup copies, in the order it pins the databases' snapshots. Stores written after the
 * log (or derived from it) come before events.db, so none of them can be ahead of the log;
 * directory.db comes after it, because a person's directory row is written before the event
 * that registers them. See cli/backup.ts.
 */
export const BACKUP_PLAN: readonly BackupStep[] = [
  { file: 'readModels', kind: 'sqlite', holds: 'read models (can be rebuilt from the event log)' },
  { file: 'notifications', kind: 'sqlite', holds: 'reminder outbox, calendar feed links, review-scan runs' },
  { file: 'idempotency', kind: 'sqlite', holds: 'answers to retried requests' },
  { file: 'tamperCheckpoints', kind: 'sqlite', holds: 'signed checkpoints of the event log (tamper evidence)' },
  { file: 'events', kind: 'sqlite', holds: 'event log (the record of everything that happened)' },
  { file: 'directory', kind: 'sqlite', holds: 'people: names, emails, passwords, two-step sign-in' },
  { file: 'secrets', kind: 'file', holds: 'server secrets (sign-in tokens, encryption of two-step secrets)' },
  // Copied after the log is pinned: a document is stored before the event naming it, so every
  // document the backup's log names is in the backup (one attached later may be too, unnamed).
  { file: 'documents', kind: 'folder', holds: 'attached policy documents (named by their SHA-256)' },
];

/** Files backup leaves out on purpose, and why (every file is either here or in BACKUP_PLAN). */
export const NOT_BACKED_UP: Readonly<Partial<Record<DataDirFile, string>>> = {
  demoLogins: 'the demo sign-in list, a plain-text copy of what the demo printed at start-up',
  readModelCheckpoints: 'read-model checkpoints for knownAt: a cache folded again from the event log when missing',
  persistedAnswers: 'dashboard and register answers kept across restarts: a cache computed again from the read models when missing',
};

/** SQLite's companions of a database file: present while it is open, never copied on their own. */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;
