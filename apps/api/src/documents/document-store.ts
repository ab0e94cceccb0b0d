import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

/** A stored document's name is the hex SHA-256 of its bytes, and nothing else. */
export const STORED_DOCUMENT_NAME = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What reading a stored document found: its bytes, or why they cannot be given out. */
export type StoredDocumentRead =
  | { found: 'intact'; bytes: Buffer }
  | { found: 'missing' }
  | { found: 'damaged'; actualSha256: string };

/**
 * The bytes of attached policy documents, in DATA_DIR/documents, one file per content named by
 * its SHA-256: the same document attached twice is kept once, and a file's name says what its
 * bytes must hash to. Files are written whole (a temporary file, flushed, then renamed), so a
 * crash leaves the old state or the new, never half a document; they are never changed after.
 * The folder is the server's alone (0700, files 0600), like the rest of DATA_DIR.
 */
export class DocumentStore {
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, DATA_DIR_FILES.documents);
  }

  /** Stores the bytes (unless the same bytes are stored already) and answers their SHA-256. */
  put(bytes: Buffer): string {
    const sha256 = sha256Of(bytes);
    const target = join(this.folder, sha256);
    if (existsSync(target)) return sha256;
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    const partial = join(this.folder, `.${sha256}.${randomUUID()}.partial`);
    try {
      const fd = openSync(partial, 'wx', 0o600);
      try {
        writeSync(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, target);
    } finally {
      rmSync(partial, { force: true });
    }
    return sha256;
  }

  /** The stored bytes of `sha256`, checked against it: a file changed on disk is never given out. */
  read(sha256: string): StoredDocumentRead {
    if (!STORED_DOCUMENT_NAME.test(sha256)) return { found: 'missing' };
    const path = join(this.folder, sha256);
    if (!existsSync(path)) return { found: 'missing' };
    const bytes = readFileSync(path);
    const actualSha256 = sha256Of(bytes);
    return actualSha256 === sha256 ? { found: 'intact', bytes } : { found: 'damaged', actualSha256 };
  }
}
