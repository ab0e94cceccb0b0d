import { storedZip, unzipBounded } from '@governance/documents';
import { MANIFEST, MANIFEST_SUM, sealPack, sha256, verifyPack } from './pack-manifest';

const ABOUT = {
  trustId: 't1',
  schoolId: 'oak',
  schoolName: 'Oak Primary',
  asOf: '2027-03-10',
  generatedAt: '2027-03-10T09:00:00.000Z',
  generatedBy: { id: 'p1', name: 'Ruth Okafor' },
  position: '42',
};
const files = new Map([
  ['register.csv', Buffer.from('Policy,Status\r\nSafeguarding,Overdue\r\n')],
  ['policies/Safeguarding.md', Buffer.from('# Safeguarding\n')],
]);
const unpack = (zip: Buffer) => unzipBounded(zip, { entryBytes: 1e6, totalBytes: 1e7 }, () => true);

/** A copy of the pack with one part's bytes replaced. */
function withPart(zip: Buffer, path: string, change: (bytes: Buffer) => Buffer): Buffer {
  const parts = unpack(zip);
  parts.set(path, change(Buffer.from(parts.get(path)!)));
  return storedZip(parts);
}

describe('an evidence pack manifest', () => {
  const { zip, manifestSha256 } = sealPack(files, ABOUT);

  it('lists every file with its SHA-256 and size, and sums the manifest itself', () => {
    const parts = unpack(zip);
    expect([...parts.keys()]).toEqual(['register.csv', 'policies/Safeguarding.md', MANIFEST, MANIFEST_SUM]);
    const manifest = JSON.parse(parts.get(MANIFEST)!.toString('utf8'));
    expect(manifest).toEqual({ ...ABOUT, files: [...files].map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.length })) });
    expect(parts.get(MANIFEST_SUM)!.toString('utf8')).toBe(`${manifestSha256}  manifest.json\n`);
    expect(sha256(parts.get(MANIFEST)!)).toBe(manifestSha256);
  });

  it('verifies as it was made', () => {
    expect(verifyPack(zip)).toMatchObject({ ok: true, files: 2, manifestSha256, problems: [] });
    expect(verifyPack(zip).summary).toMatch(/^All 2 files match the manifest/);
  });

  it('names a file with one byte changed', () => {
    const changed = withPart(zip, 'policies/Safeguarding.md', (b) => { b[2] ^= 1; return b; });
    expect(verifyPack(changed)).toMatchObject({ ok: false, problems: ['policies/Safeguarding.md was changed: its SHA-256 does not match the manifest.'] });
  });

  it('catches a changed manifest, even one whose listed sums were edited to fit a changed file', () => {
    const manifest = JSON.parse(unpack(zip).get(MANIFEST)!.toString('utf8'));
    const forged = Buffer.from('Policy,Status\r\nSafeguarding,In date\r\n');
    manifest.files[0] = { path: 'register.csv', sha256: sha256(forged), bytes: forged.length };
    const parts = unpack(zip);
    parts.set('register.csv', forged);
    parts.set(MANIFEST, Buffer.from(JSON.stringify(manifest)));
    expect(verifyPack(storedZip(parts)).problems).toEqual(['manifest.json was changed: its SHA-256 does not match manifest.sha256.']);
  });

  it('with the sum the audit trail recorded, catches a manifest and manifest.sha256 rewritten together', () => {
    expect(verifyPack(zip, manifestSha256).ok).toBe(true);
    const rewritten = sealPack(new Map([...files, ['register.csv', Buffer.from('forged')]]), ABOUT).zip;
    expect(verifyPack(rewritten).ok).toBe(true);
    expect(verifyPack(rewritten, manifestSha256).problems).toEqual([expect.stringMatching(/^manifest\.json has SHA-256 [0-9a-f]{64}, not the [0-9a-f]{64} expected: this is not the pack that was taken\.$/)]);
  });

  it('names a file missing, a file added and a missing manifest', () => {
    const parts = unpack(zip);
    parts.delete('register.csv');
    parts.set('notes.txt', Buffer.from('added'));
    expect(verifyPack(storedZip(parts)).problems).toEqual(['register.csv is missing from the pack.', 'notes.txt is not in the manifest: it was added to the pack.']);
    parts.delete(MANIFEST);
    expect(verifyPack(storedZip(parts))).toMatchObject({ ok: false, problems: ['manifest.json is missing: this is not an evidence pack, or it was changed.'] });
    expect(verifyPack(Buffer.from('not a zip')).ok).toBe(false);
  });
});
