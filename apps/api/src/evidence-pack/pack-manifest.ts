import { createHash } from 'node:crypto';
import { storedZip, unzipBounded } from '@governance/documents';

export const MANIFEST = 'manifest.json';
export const MANIFEST_SUM = 'manifest.sha256';

/** One file of a pack as the manifest lists it. */
export interface PackFile {
  path: string;
  sha256: string;
  bytes: number;
}

/** manifest.json: what the pack is and the SHA-256 of every other file in it. */
export interface PackManifest {
  trustId: string;
  schoolId: string;
  schoolName: string;
  asOf: string;
  generatedAt: string;
  generatedBy: { id: string; name: string };
  /** The trust's last log position the pack was built from, a decimal string. */
  position: string;
  files: PackFile[];
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The zip of the files with manifest.json (every file's SHA-256 and size) and manifest.sha256
 * (the manifest's own SHA-256, in the form `sha256sum -c` reads), so a changed file and a
 * changed manifest are both caught. Stored entries: the bytes in the zip are the bytes summed.
 */
export function sealPack(files: ReadonlyMap<string, Buffer>, about: Omit<PackManifest, 'files'>): { zip: Buffer; manifest: PackManifest; manifestSha256: string } {
  const manifest: PackManifest = { ...about, files: [...files].map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.length })) };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const manifestSha256 = sha256(manifestBytes);
  const parts = new Map(files);
  parts.set(MANIFEST, manifestBytes);
  parts.set(MANIFEST_SUM, Buffer.from(`${manifestSha256}  ${MANIFEST}\n`, 'utf8'));
  return { zip: storedZip(parts), manifest, manifestSha256 };
}

/** What checking a pack found: `problems` in plain words, empty when every file matches. */
export interface PackCheck {
  ok: boolean;
  /** How many files the manifest lists. */
  files: number;
  /** The SHA-256 of manifest.json as found: compare it with the one the trust's audit trail records. */
  manifestSha256: string | null;
  problems: string[];
  summary: string;
}

/** Generous: a pack holds text tables and Markdown, never documents. */
const LIMITS = { entryBytes: 256 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024 };

/**
 * Checks a pack offline: every file against manifest.json, and manifest.json against
 * manifest.sha256 and, when given, against the SHA-256 the trust's audit trail recorded for it
 * (which catches a pack whose manifest and manifest.sha256 were both rewritten).
 */
export function verifyPack(zip: Buffer, expectedManifestSha256?: string): PackCheck {
  let parts: Map<string, Buffer>;
  try {
    parts = unzipBounded(zip, LIMITS, () => true);
  } catch (error) {
    return failed(0, null, [`The file is not a readable zip (${error instanceof Error ? error.message : String(error)}).`]);
  }
  const manifestBytes = parts.get(MANIFEST);
  const sumFile = parts.get(MANIFEST_SUM);
  if (!manifestBytes) return failed(0, null, [`${MANIFEST} is missing: this is not an evidence pack, or it was changed.`]);
  const found = sha256(manifestBytes);
  const problems: string[] = [];
  const recorded = sumFile ? /^([0-9a-f]{64})\b/.exec(sumFile.toString('utf8'))?.[1] : undefined;
  if (!sumFile) problems.push(`${MANIFEST_SUM} is missing, so ${MANIFEST} cannot be checked.`);
  else if (recorded !== found) problems.push(`${MANIFEST} was changed: its SHA-256 does not match ${MANIFEST_SUM}.`);
  if (expectedManifestSha256 !== undefined && expectedManifestSha256.toLowerCase() !== found) {
    problems.push(`${MANIFEST} has SHA-256 ${found}, not the ${expectedManifestSha256} expected: this is not the pack that was taken.`);
  }
  let manifest: PackManifest;
  try {
    manifest = parseManifest(manifestBytes);
  } catch (error) {
    return failed(0, found, [...problems, `${MANIFEST} cannot be read (${error instanceof Error ? error.message : String(error)}).`]);
  }
  const listed = new Set<string>();
  for (const file of manifest.files) {
    listed.add(file.path);
    const bytes = parts.get(file.path);
    if (!bytes) problems.push(`${file.path} is missing from the pack.`);
    else if (sha256(bytes) !== file.sha256 || bytes.length !== file.bytes) problems.push(`${file.path} was changed: its SHA-256 does not match the manifest.`);
  }
  for (const path of parts.keys()) {
    if (path !== MANIFEST && path !== MANIFEST_SUM && !listed.has(path)) problems.push(`${path} is not in the manifest: it was added to the pack.`);
  }
  if (problems.length > 0) return failed(manifest.files.length, found, problems);
  return {
    ok: true,
    files: manifest.files.length,
    manifestSha256: found,
    problems: [],
    summary: `All ${manifest.files.length} files match the manifest, and the manifest matches ${MANIFEST_SUM} (SHA-256 ${found}).`,
  };
}

function failed(files: number, manifestSha256: string | null, problems: string[]): PackCheck {
  const count = problems.length === 1 ? 'One problem' : `${problems.length} problems`;
  return { ok: false, files, manifestSha256, problems, summary: `${count}: the pack is not as it was made.\n${problems.map((p) => `- ${p}`).join('\n')}` };
}

function parseManifest(bytes: Buffer): PackManifest {
  const value = JSON.parse(bytes.toString('utf8')) as Partial<PackManifest>;
  const files = value.files;
  if (!Array.isArray(files) || !files.every((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number')) {
    throw new Error('it has no list of files with path, sha256 and bytes');
  }
  return value as PackManifest;
}
