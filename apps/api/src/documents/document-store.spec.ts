import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepDataDirPrivate } from '../config/data-dir-privacy';
import { DocumentStore, sha256Of } from './document-store';

describe('DocumentStore (DATA_DIR/documents, named by SHA-256)', () => {
  let dataDir: string;
  let store: DocumentStore;
  const bytes = Buffer.from('Safeguarding policy, version 2\n');

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'documents-'));
    store = new DocumentStore(dataDir);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores bytes under their SHA-256 and gives the same bytes back', () => {
    const sha256 = store.put(bytes);
    expect(sha256).toBe(sha256Of(bytes));
    expect(readdirSync(join(dataDir, 'documents'))).toEqual([sha256]);
    expect(store.read(sha256)).toEqual({ found: 'intact', bytes });
  });

  it('keeps the same document once, and leaves no temporary file behind', () => {
    store.put(bytes);
    store.put(Buffer.from(bytes));
    expect(readdirSync(join(dataDir, 'documents'))).toHaveLength(1);
  });

  it('makes the folder and its files private to the server’s user', () => {
    const previous = process.umask();
    try {
      keepDataDirPrivate(dataDir, () => undefined);
      const sha256 = store.put(bytes);
      expect(statSync(join(dataDir, 'documents')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'documents', sha256)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('never gives out bytes changed on disk, nor reads a name that is not a hash', () => {
    const sha256 = store.put(bytes);
    writeFileSync(join(dataDir, 'documents', sha256), 'tampered');
    expect(store.read(sha256)).toEqual({ found: 'damaged', actualSha256: sha256Of(Buffer.from('tampered')) });
    expect(store.read('0'.repeat(64))).toEqual({ found: 'missing' });
    expect(store.read('../events.db')).toEqual({ found: 'missing' });
  });
});
