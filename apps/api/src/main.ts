import 'reflect-metadata';
import { EventStoreUnreachableError } from '@governance/event-store';
import { ConfigError, loadConfig } from './config/app-config';
import { keepDataDirPrivate } from './config/data-dir-privacy';
import { createApp } from './create-app';
import { listeningBanner } from './listening-banner';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  keepDataDirPrivate(config.dataDir);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  console.log(listeningBanner(app.getHttpServer().address()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // An event store that does not answer is the operator's setting to fix, like a bad value: EX_CONFIG.
  process.exit(error instanceof EventStoreUnreachableError ? 78 : 1);
});
