import { readFileSync } from 'node:fs';
import { verifyPack } from '../evidence-pack/pack-manifest';

/**
 * `verify-evidence-pack <file.zip>`: checks a school's evidence pack offline (no server, no
 * DATA_DIR): every file against manifest.json, and manifest.json against manifest.sha256.
 * 0 when all match, 1 when something changed, 64 when used wrongly.
 */
export function verifyEvidencePackCommand(args: readonly string[]): number {
  if (args.length !== 1) {
    console.error('Usage: npm run cli -- verify-evidence-pack <file.zip>');
    return 64; // EX_USAGE
  }
  let zip: Buffer;
  try {
    zip = readFileSync(args[0]);
  } catch (error) {
    console.error(`Cannot read ${args[0]}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const check = verifyPack(zip);
  (check.ok ? console.log : console.error)(`${args[0]}: ${check.summary}`);
  return check.ok ? 0 : 1;
}
