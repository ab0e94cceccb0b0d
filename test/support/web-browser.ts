import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`, as .ci/run does), driven by playwright-core. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ROOT = join(__dirname, '../..');

/**
 * Compiles the browser scripts (web/src -> dist/web) so the server serves the current code
 * even when `npm run build` has not run (the tests start the app from source).
 */
export function buildWebApp(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'web/tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile that nothing else shares, deleted on close. */
export async function launchBrowser(options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'governance-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/London',
    args: [
      '--no-sandbox',
      `--lang=${options.locale ?? 'en-GB'}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
