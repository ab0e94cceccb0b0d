import { LoopbackSmtpServer } from '@governance/notifications/testing/loopback-smtp-server';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestApp, TestApp } from './test-app';
import { Browser, buildWebApp, launchBrowser } from './web-browser';
import { seedWebDemo, WEB_DEMO_TODAY, WebDemo } from './web-demo';
import { WebPages } from './web-pages';

/** WEB_SCREENSHOTS=1 saves the pages a suite names under docs/screenshots/ for the README. */
const SCREENSHOTS = process.env.WEB_SCREENSHOTS ? join(__dirname, '..', '..', 'docs', 'screenshots') : null;

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface WebSuiteOptions {
  /** Settings for the app, e.g. CLOCK_TODAY. */
  env?: Record<string, string>;
  /** Starts a loopback SMTP server and points the app's mail at it. */
  smtp?: boolean;
  viewport?: { width: number; height: number };
  timeout?: number;
}

/** What a Chromium suite works with; filled in by the suite's first beforeAll. */
export interface WebSuite {
  app: TestApp;
  /** The app's address on loopback, e.g. http://127.0.0.1:40123 */
  url: string;
  browser: Browser;
  pages: WebPages;
  smtp: LoopbackSmtpServer;
}

/**
 * The set-up every Chromium suite shares, registered in the calling `describe`: build the web
 * app, start the real app on a loopback port, launch Chromium; after each test, no page may
 * have thrown; close everything at the end. Register it before the suite's own `beforeAll`,
 * which then finds the fields filled in.
 */
export function webSuite(options: WebSuiteOptions = {}): WebSuite {
  const suite = {} as WebSuite;
  beforeAll(async () => {
    buildWebApp();
    const env = { ...options.env };
    if (options.smtp) {
      suite.smtp = new LoopbackSmtpServer();
      Object.assign(env, { SMTP_URL: await suite.smtp.start(), REVIEW_SCAN: 'off' });
    }
    suite.app = await startTestApp(env);
    await suite.app.app.listen(0, '127.0.0.1');
    suite.url = (await suite.app.app.getUrl()).replace('[::1]', '127.0.0.1');
    suite.browser = await launchBrowser(options.viewport ? { viewport: options.viewport } : {});
    suite.pages = new WebPages(suite.browser, suite.url);
  }, options.timeout ?? 120_000);

  afterEach(() => {
    // Uncaught script errors and Content-Security-Policy refusals fail whichever test caused them.
    expect(suite.pages.takeErrors()).toEqual([]);
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
    await suite.smtp?.close();
  });
  return suite;
}

/** A Chromium suite on the demo-like trust of web-demo.ts, on its fixed day. */
export function webDemoSuite(options: WebSuiteOptions = {}): WebSuite & { demo: WebDemo } {
  const suite = webSuite({ ...options, env: { CLOCK_TODAY: WEB_DEMO_TODAY, ...options.env } }) as WebSuite & { demo: WebDemo };
  beforeAll(async () => {
    suite.demo = await seedWebDemo(suite.app);
  }, options.timeout ?? 120_000);
  return suite;
}
