import 'reflect-metadata';
import { EventStoreUnreachableError } from '@governance/event-store';
import { ConfigError, loadConfig } from './config/app-config';
import { backupCommand, restoreCommand } from './cli/backup';
import { keepDirsPrivate } from './config/data-dir-privacy';
import { importCommand } from './cli/import-command';
import { rebuildCommand } from './cli/rebuild-command';
import { verifyEvidencePackCommand } from './cli/verify-evidence-pack';
import { describePublicKey, loadTamperKeys } from './tamper-evidence/tamper-keys';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  projections:rebuild [name...]   rebuild read models from the start of the log
                                  (all of them, or the named ones); a running server
                                  keeps serving the old ones until the new ones are complete
  import <files...> --trust <id> [--school <id>] [--commit]
                                  read policy documents (.txt, .docx, .pdf) and show what
                                  was detected; --commit records them in the register
  backup <folder>                 copy everything in DATA_DIR and the read models in LOCAL_DIR,
                                  as of one moment, into a new folder (safe while the server runs)
  restore <folder> [--force]      check a backup and put it into an empty DATA_DIR, the read
                                  models into LOCAL_DIR (stop the server first; --force replaces
                                  the data already there)
  tamper-key                      print the public key that verifies the signed checkpoints
                                  of tamper evidence, for a trust to keep (TAMPER_KEY or
                                  TAMPER_KEY_FILE; the file is created if it does not exist)
  verify-evidence-pack <file.zip> [--expect <sha256>]
                                  check a school's evidence pack offline: every file against
                                  manifest.json, and manifest.json against manifest.sha256 (and
                                  the sum the audit trail records, with --expect); needs no
                                  server and no DATA_DIR

Settings come from the same environment variables as the server (DATA_DIR, EVENT_STORE, ...).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 64;
  }
  // Offline: an inspector checks a pack without any of the server's settings or data.
  if (command === 'verify-evidence-pack') return verifyEvidencePackCommand(rest);
  const config = loadConfig();
  keepDirsPrivate(config);
  switch (command) {
    case 'projections:rebuild':
      await rebuildCommand(config, rest);
      return 0;
    case 'import':
      return importCommand(config, rest);
    case 'backup':
      return backupCommand(config, rest);
    case 'restore':
      return restoreCommand(config, rest);
    case 'tamper-key':
      console.log(describePublicKey(loadTamperKeys(config)));
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 64; // EX_USAGE
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    // As the server does: an event store that does not answer is the operator's setting to fix.
    process.exit(error instanceof EventStoreUnreachableError ? 78 : 1);
  });
