import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bearer, loginAs } from './support/fixtures';
import { WEB_DEMO_TODAY } from './support/web-demo';
import { accessibilityViolations, unlabelledControls, WebPerson } from './support/web-pages';
import { webSuite } from './support/web-suite';

/*
 * "Known at" in the browser, on the demo trust itself (loaded as `npm start` does, recorded day
 * by day over two years, with one review written down nine weeks late): a trustee sees the
 * figures as they had been recorded on 1 September, with the plain notice, then today's again;
 * the late review's history says it was recorded later.
 */
const SLOW = 90_000;

describe('known at, in the web app, on the demo trust', () => {
  let trustee: WebPerson;
  let late: { schoolId: string; policyId: string };

  // The demo trust itself, as `npm start` loads it on an empty store.
  const web = webSuite({ env: { DEMO_DATA: 'true', CLOCK_TODAY: WEB_DEMO_TODAY, REVIEW_SCAN: 'off' } });

  beforeAll(async () => {
    const { app } = web;
    const logins = readFileSync(join(app.dataDir, 'demo-logins.txt'), 'utf8');
    const password = /password for every demo login: (\S+)/.exec(logins)![1];
    const [, email, name] = /^ {4}(\S+@\S+)\s+([^,]+), trustee/m.exec(logins)!;
    trustee = { email, password, name };
    const token = await loginAs(app, trustee);
    const trustId = (await app.http.get('/api/me').set(bearer(token)).expect(200)).body.trustId as string;
    const audit = await app.http.get(`/api/trusts/${trustId}/audit?limit=500`).set(bearer(token)).expect(200);
    [late] = (audit.body.items as { recordedLate?: boolean; schoolId: string; policyId: string }[]).filter((item) => item.recordedLate);
  }, 60_000);

  const figure = (page: Page, testId: string) => page.getByTestId(testId).locator('dd').textContent();
  const figuresOf = async (page: Page) => ({
    recordedLate: await figure(page, 'figure-recorded-late'),
    evaluated: await figure(page, 'figure-evaluated'),
    overdue: await figure(page, 'figure-overdue'),
  });

  it('shows a trustee the figures as recorded at an earlier instant, says so plainly, and today’s again once cleared', async () => {
    const page = await web.pages.signIn(trustee);
    await page.goto(`${web.url}/#/compliance`);
    await page.getByTestId('figure-recorded-late').waitFor();
    const today = await figuresOf(page);
    expect(today.recordedLate).toBe('1');
    expect(await page.getByTestId('known-at-notice').count()).toBe(0);

    await page.getByLabel('Known at').fill('2026-09-01T12:00');
    await page.getByRole('button', { name: 'Show' }).click();
    const notice = page.getByTestId('known-at-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^These are the figures as recorded by 1 September 2026 at \d\d:\d\d: what the board could have seen then\. Anything recorded later, even with an earlier date, is left out\.$/);
    const then = await figuresOf(page);
    // The late review was not written down yet, nor this autumn's evaluations.
    expect(then.recordedLate).toBe('0');
    expect(then.evaluated).not.toBe(today.evaluated);
    expect(Number(then.overdue)).toBeGreaterThan(Number(today.overdue));
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Known at').fill('');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('known-at-notice').waitFor({ state: 'detached' });
    await page.getByTestId('figure-recorded-late').getByText('1', { exact: true }).waitFor();
    expect(await figuresOf(page)).toEqual(today);
    await page.close();
  }, SLOW);

  it('marks the one entry recorded late in its policy’s history', async () => {
    const page = await web.pages.signIn(trustee);
    await page.goto(`${web.url}/#/schools/${late.schoolId}/policies/${late.policyId}`);
    const badge = page.getByTestId('recorded-late');
    await badge.first().waitFor();
    expect(await badge.allTextContents()).toEqual(['recorded 2 months later']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, SLOW);
});
