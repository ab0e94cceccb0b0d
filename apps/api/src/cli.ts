import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { keepDataDirPrivate } from './config/data-dir-privacy';
import { backup, restore } from './cli/backup';
import { importCommand } from './cli/import-command';
import { rebuildCommand } from './cli/rebuild-command';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  projections:rebuild [name...]   rebuild read models from the start of the log
                                  (all of them, or the named ones); a running server
                                  keeps serving the old ones until the new ones are complete
  import <files...> --trust <id> [--school <id>] [--commit]
                                  read policy documents (.txt, .docx, .pdf) and show what
                                  was detected; --commit records them in the register
  backup <folder>                 consistent online backup of every SQLite store in DATA_DIR
                                  (safe while the server runs) into a new folder
  restore <folder> [--force]      restore a backup into DATA_DIR (stop the server first;
                                  --force replaces existing data)

Settings come from the same environment variables as the server (DATA_DIR, EVENT_STORE, ...).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 64;
  }
  const config = loadConfig();
  keepDataDirPrivate(config.dataDir);
  switch (command) {
    case 'projections:rebuild':
      await rebuildCommand(config, rest);
      return 0;
    case 'import':
      return importCommand(config, rest);
    case 'backup': {
      if (!rest[0]) throw new Error('Say where to write the backup: npm run cli -- backup <folder>');
      const manifest = await backup(config.dataDir, rest[0]);
      console.log(`Backed up ${manifest.files.map((f) => f.name).join(', ')} to ${rest[0]}`);
      return 0;
    }
    case 'restore': {
      const folder = rest.find((arg) => !arg.startsWith('--'));
      if (!folder) throw new Error('Say which backup to restore: npm run cli -- restore <folder> [--force]');
      const manifest = restore(folder, config.dataDir, { force: rest.includes('--force') });
      console.log(`Restored the backup of ${manifest.createdAt} into ${config.dataDir}`);
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 64; // EX_USAGE
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
