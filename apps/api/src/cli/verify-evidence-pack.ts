import { readFileSync } from 'node:fs';
import { verifyPack } from '../evidence-pack/pack-manifest';

/**
 * `verify-evidence-pack <file.zip>`: checks a school's evidence pack offline (no server, no
 * DATA_DIR): every file against manifest.json, and manifest.json against manifest.sha256 and,
 * with --expect, against the SHA-256 the audit trail's EvidencePackGenerated entry records.
 * 0 when all match, 1 when something changed, 64 when used wrongly.
 */
export function verifyEvidencePackCommand(args: readonly string[]): number {
  const [file, flag, expected, ...extra] = args;
  const wellFormed = file !== undefined && extra.length === 0 && (flag === undefined || (flag === '--expect' && expected !== undefined && /^[0-9a-fA-F]{64}$/.test(expected)));
  if (!wellFormed) {
    console.error('Usage: npm run cli -- verify-evidence-pack <file.zip> [--expect <SHA-256 of manifest.json, as the audit trail records it>]');
    return 64; // EX_USAGE
  }
  let zip: Buffer;
  try {
    zip = readFileSync(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const check = verifyPack(zip, expected);
  (check.ok ? console.log : console.error)(`${file}: ${check.summary}`);
  return check.ok ? 0 : 1;
}
