import 'reflect-metadata';
import { EventStoreUnreachableError } from '@governance/event-store';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { keepDirsPrivate } from './config/data-dir-privacy';
import { createApp } from './create-app';
import { DATA_DIR_FILES } from './data-dir/data-dir-files';
import { AppLogger } from './startup/app-logger';
import { startupBlock } from './startup/startup-block';
import { StartupNotice } from './startup/startup-notice';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
    keepDirsPrivate(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  // Start-up logs and notices wait until the plain block (address, sign-in, logs) is printed.
  const logger = new AppLogger(config.logLevel);
  logger.hold();
  let notice: StartupNotice | undefined;
  try {
    const app = await createApp(config, logger);
    const startupNotice = app.get(StartupNotice);
    notice = startupNotice;
    startupNotice.hold();
    await app.listen(config.port, config.host);
    const { signIn, warnings } = startupNotice.take();
    const savedDemoLogins = join(config.dataDir, DATA_DIR_FILES.demoLogins);
    process.stdout.write(
      startupBlock({
        address: app.getHttpServer().address(),
        signIn,
        savedDemoLogins: existsSync(savedDemoLogins) ? savedDemoLogins : null,
        logLevel: config.logLevel,
      }) + '\n',
    );
    for (const warning of warnings) process.stderr.write(`${warning}\n\n`);
  } catch (error) {
    // A start that failed after generating an operator token must still show it: it is shown only once.
    const held = notice?.take();
    for (const text of held?.signIn ?? []) process.stdout.write(`${text}\n`);
    for (const text of held?.warnings ?? []) process.stderr.write(`${text}\n`);
    throw error;
  } finally {
    logger.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // An event store that does not answer is the operator's setting to fix, like a bad value: EX_CONFIG.
  process.exit(error instanceof EventStoreUnreachableError ? 78 : 1);
});
