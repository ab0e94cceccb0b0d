import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_PLAN, DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { STORED_DOCUMENT_NAME } from '../documents/document-store';

export const MANIFEST_FILE = 'manifest.json';

export interface BackedUpFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** manifest.json of a backup folder, written last: a folder without it is not a finished backup. */
export interface BackupManifest {
  format: 'governance-backup/2';
  createdAt: string;
  /**
   * The position of the last event in the backup's log: every write acknowledged with a
   * position up to this one is in the backup.
   */
  eventLogHead: string;
  /** Each read model's checkpoint; never beyond eventLogHead, as they are pinned before the log. */
  readModels: Record<string, string>;
  files: BackedUpFile[];
}

/** Backups taken before version 2 have no positions; they restore the same way. */
interface ManifestVersion1 {
  format: 'governance-backup/1';
  createdAt: string;
  files: BackedUpFile[];
}

const DOCUMENTS_PREFIX = `${DATA_DIR_FILES.documents}/`;

/** A document of the documents folder: `documents/<sha256>`, and nothing else inside it. */
export function isStoredDocument(name: string): boolean {
  return name.startsWith(DOCUMENTS_PREFIX) && STORED_DOCUMENT_NAME.test(name.slice(DOCUMENTS_PREFIX.length));
}

function isKnownName(name: string): boolean {
  const files = BACKUP_PLAN.filter((step) => step.kind !== 'folder').map((step) => DATA_DIR_FILES[step.file] as string);
  return files.includes(name) || isStoredDocument(name);
}

export function describeFile(folder: string, name: string): BackedUpFile {
  const path = join(folder, name);
  return { name, bytes: statSync(path).size, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}

/** Reads a backup's manifest and checks every file in it against its SHA-256 sum. */
export function readVerifiedManifest(folder: string): BackupManifest | ManifestVersion1 {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) {
    throw new Error(`${folder} is not a finished backup: it has no ${MANIFEST_FILE}.`);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest | ManifestVersion1;
  if (manifest.format !== 'governance-backup/2' && manifest.format !== 'governance-backup/1') {
    throw new Error(`${folder} was made by a version of this program that this one cannot read (${String((manifest as { format?: unknown }).format)}).`);
  }
  // Only names this version knows: a manifest must not be able to write anywhere else.
  for (const file of manifest.files) {
    if (!isKnownName(file.name)) throw new Error(`The backup lists a file this version does not know: ${file.name}.`);
    if (isStoredDocument(file.name) && file.sha256 !== file.name.slice(DOCUMENTS_PREFIX.length)) {
      throw new Error(`${file.name} does not hash to its name in the manifest: the backup is damaged. Use another backup.`);
    }
  }
  if (!manifest.files.some((file) => file.name === DATA_DIR_FILES.events)) {
    throw new Error(`The backup has no event log (${DATA_DIR_FILES.events}).`);
  }
  for (const file of manifest.files) {
    if (!existsSync(join(folder, file.name))) throw new Error(`${file.name} is missing from the backup.`);
    if (describeFile(folder, file.name).sha256 !== file.sha256) {
      throw new Error(`${file.name} does not match the manifest: the backup is damaged. Use another backup.`);
    }
  }
  return manifest;
}
