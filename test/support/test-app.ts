import 'reflect-metadata';
import { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { eventStoreEnv } from './event-store-under-test';

export const OPERATOR_TOKEN = 'test-operator-token-0123456789abcdef';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataDir: string;
  /** Closes the app and, unless kept, deletes its data directory. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * The real application on a temporary DATA_DIR, without demo data unless asked. Its event store
 * is SQLite unless the environment names EventStoreDB (see event-store-under-test.ts).
 */
export async function startTestApp(env: Record<string, string> = {}, dataDir?: string): Promise<TestApp> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'governance-e2e-'));
  const config = loadConfig({
    DATA_DIR: dir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    GOVERNANCE_ADMIN_TOKEN: OPERATOR_TOKEN,
    SQLITE_SYNCHRONOUS: 'NORMAL',
    ...eventStoreEnv(),
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataDir: dir,
    async close(options = {}) {
      await app.close();
      if (!options.keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}
