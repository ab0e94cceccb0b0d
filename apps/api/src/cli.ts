import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { rebuildCommand } from './cli/rebuild-command';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  projections:rebuild [name...]   rebuild read models from the start of the log
                                  (all of them, or the named ones); a running server
                                  keeps serving the old ones until the new ones are complete

Settings come from the same environment variables as the server (DATA_DIR, EVENT_STORE, ...).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 64;
  }
  const config = loadConfig();
  switch (command) {
    case 'projections:rebuild':
      await rebuildCommand(config, rest);
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
    process.exit(1);
  });
