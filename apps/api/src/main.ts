import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { keepDataDirPrivate } from './config/data-dir-privacy';
import { createApp } from './create-app';

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
  await app.listen(config.port);
  const url = await app.getUrl();
  console.log(`Governance tracker listening on ${url.replace('[::1]', 'localhost')} (API docs at /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
