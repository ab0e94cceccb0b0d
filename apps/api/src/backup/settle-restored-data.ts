import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES, SQLITE_COMPANIONS } from '../data-dir/data-dir-files';
import { PeopleDirectory } from '../directory/people-directory';
import { hasTable } from './has-table';

/** What restore changed so the restored stores agree with the restored log. */
export interface Settlement {
  eventLogHead: bigint;
  /** The read models were ahead of the log (an older backup): removed, rebuilt at start-up. */
  readModelsRemoved: boolean;
  /** Directory rows of people whose registration is not in the log (caught mid-registration). */
  unregisteredPeopleRemoved: number;
  /** Erasures in the log that the directory had not carried out yet. */
  erasuresFinished: number;
  /** The operator's trust list was ahead of the log: emptied, caught up again on first use. */
  trustCatalogReset: boolean;
}

/**
 * Brings the restored stores in line with the restored log, as the server would after a crash
 * at the moment of the backup: derived data must not be ahead of the log, and the directory
 * names exactly the people the log registered, with every recorded erasure carried out.
 */
export function settleRestoredData(dataDir: string, localDir: string = dataDir): Settlement {
  const log = new Database(join(dataDir, DATA_DIR_FILES.events), { fileMustExist: true });
  let head: bigint;
  let registered: Set<string>;
  let erased: Set<string>;
  try {
    head = (log.prepare('SELECT MAX(position) AS head FROM events').safeIntegers(true).get() as { head: bigint | null }).head ?? 0n;
    const peopleWith = (type: string) =>
      new Set(log.prepare("SELECT json_extract(data, '$.personId') FROM events WHERE type = ?").pluck().all(type) as string[]);
    registered = peopleWith('PersonRegistered');
    erased = peopleWith('PersonErased');
  } finally {
    log.close();
  }
  return {
    eventLogHead: head,
    readModelsRemoved: removeReadModelsAheadOf(localDir, head),
    ...settleDirectory(dataDir, head, registered, erased),
  };
}

function removeReadModelsAheadOf(localDir: string, head: bigint): boolean {
  const file = join(localDir, DATA_DIR_FILES.readModels);
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  let ahead: boolean;
  try {
    ahead =
      hasTable(db, 'projection_state') &&
      db.prepare('SELECT 1 FROM projection_state WHERE position > ?').get(head) !== undefined;
  } finally {
    db.close();
  }
  // The server rebuilds every read model from the log when it finds none.
  if (ahead) for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(file + suffix, { force: true });
  return ahead;
}

function settleDirectory(
  dataDir: string,
  head: bigint,
  registered: Set<string>,
  erased: Set<string>,
): Pick<Settlement, 'unregisteredPeopleRemoved' | 'erasuresFinished' | 'trustCatalogReset'> {
  const file = join(dataDir, DATA_DIR_FILES.directory);
  const settled = { unregisteredPeopleRemoved: 0, erasuresFinished: 0, trustCatalogReset: false };
  if (!existsSync(file)) return settled;
  const db = new Database(file, { fileMustExist: true });
  try {
    const directory = new PeopleDirectory(db);
    const people = db.prepare('SELECT person_id AS id, erased_at AS erasedAt FROM people').all() as { id: string; erasedAt: string | null }[];
    const now = new Date().toISOString();
    for (const person of people) {
      if (!registered.has(person.id)) {
        directory.remove(person.id);
        settled.unregisteredPeopleRemoved += 1;
      } else if (erased.has(person.id) && person.erasedAt === null) {
        directory.erase(person.id, now);
        settled.erasuresFinished += 1;
      }
    }
    const catalogAt = db.prepare('SELECT position FROM trust_catalog_checkpoint WHERE id = 1').pluck().get() as string | undefined;
    if (catalogAt !== undefined && BigInt(catalogAt) > head) {
      db.exec('DELETE FROM trust_catalog; DELETE FROM trust_catalog_checkpoint;');
      settled.trustCatalogReset = true;
    }
  } finally {
    db.close();
  }
  return settled;
}
