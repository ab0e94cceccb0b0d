import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestApp, TestApp } from './support/test-app';
import { Browser, buildWebApp, launchBrowser } from './support/web-browser';
import { DemoPerson, seedWebDemo, WEB_DEMO_TODAY, WebDemo } from './support/web-demo';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA, WebPages } from './support/web-pages';

/*
 * Every page and form of the web app, as the person who would use it, checked by axe-core
 * against WCAG 2.0, 2.1 and 2.2 at levels A and AA (and axe's best practice) on a desktop and on
 * a phone; every form once more showing its error summary. The list of pages is checked against
 * the app's own route tables, so a new page without a check fails here. Then the main tasks
 * with the keyboard alone.
 */
const SLOW = 120_000;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const WEB_SRC = join(__dirname, '..', 'web', 'src');

type Who = keyof WebDemo['people'] | 'signed-out';

interface Visit {
  /** The route table's pattern this visit covers. */
  pattern: string;
  /** The address to open (the pattern with real ids, and any query the page needs). */
  route: string;
  who: Who;
  /** A form to submit with its text cleared, to check the page with its errors showing. */
  form?: true;
}

/** Every pattern of the app's route tables (signed in, admin, signed out), read from the source. */
function routePatterns(): string[] {
  const sources = [join(WEB_SRC, 'main.ts'), join(WEB_SRC, 'admin', 'admin-routes.ts')].map((file) => readFileSync(file, 'utf8'));
  const patterns = sources.flatMap((source) => [...source.matchAll(/pattern: '([^']+)'/g)].map((found) => found[1]));
  // The sign-in page is the signed-out fallback rather than a table entry.
  return [...patterns, '/sign-in'];
}

function visits(demo: WebDemo): Visit[] {
  const { libra } = demo.schools;
  const behaviour = demo.policies.behaviour.id;
  const complaints = demo.policies.complaints.id;
  const { head, governor } = demo.people;
  const school = `/schools/${libra}`;
  const policy = `${school}/policies/${behaviour}`;
  return [
    { pattern: '/sign-in', route: '/sign-in', who: 'signed-out', form: true },
    { pattern: '/forgotten-password', route: '/forgotten-password', who: 'signed-out', form: true },
    { pattern: '/email-me-a-link', route: '/email-me-a-link', who: 'signed-out', form: true },
    { pattern: '/set-password', route: '/set-password?token=not-yet-used', who: 'signed-out', form: true },
    { pattern: '/email-link', route: '/email-link?token=not-yet-used', who: 'signed-out' },
    { pattern: '/', route: '/', who: 'trustee' },
    { pattern: '/', route: '/', who: 'governor' },
    { pattern: '/', route: '/', who: 'head' },
    { pattern: '/', route: '/', who: 'clerk' },
    { pattern: '/', route: '/', who: 'admin' },
    { pattern: '/compliance', route: '/compliance', who: 'trustee' },
    { pattern: '/schools/:schoolId', route: school, who: 'head' },
    { pattern: '/schools/:schoolId/activity', route: `${school}/activity`, who: 'head' },
    { pattern: '/schools/:schoolId/visits/new', route: `${school}/visits/new`, who: 'governor', form: true },
    { pattern: '/schools/:schoolId/link-governor-report', route: `${school}/link-governor-report`, who: 'governor', form: true },
    { pattern: '/schools/:schoolId/termly-report', route: `${school}/termly-report`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId', route: policy, who: 'head' },
    { pattern: '/schools/:schoolId/policies/:policyId/adopt', route: `${policy}/adopt`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/review', route: `${policy}/review`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/eia', route: `${policy}/eia`, who: 'head', form: true },
    { pattern: '/schools/:schoolId/policies/:policyId/evaluate', route: `${policy}/evaluate`, who: 'head', form: true },
    { pattern: '/clerk', route: '/clerk', who: 'clerk' },
    { pattern: '/import', route: '/import', who: 'admin', form: true },
    { pattern: '/admin', route: '/admin', who: 'admin' },
    { pattern: '/admin/schools', route: '/admin/schools', who: 'admin' },
    { pattern: '/admin/schools/new', route: '/admin/schools/new', who: 'admin', form: true },
    { pattern: '/admin/schools/:schoolId/edit', route: `/admin/schools/${libra}/edit`, who: 'admin', form: true },
    { pattern: '/admin/schools/:schoolId/leave', route: `/admin/schools/${libra}/leave`, who: 'admin' },
    { pattern: '/admin/people', route: '/admin/people', who: 'admin' },
    { pattern: '/admin/people/new', route: '/admin/people/new', who: 'admin', form: true },
    { pattern: '/admin/people/:personId', route: `/admin/people/${head.id}`, who: 'admin' },
    { pattern: '/admin/people/:personId/edit', route: `/admin/people/${head.id}/edit`, who: 'admin', form: true },
    { pattern: '/admin/people/:personId/roles/new', route: `/admin/people/${head.id}/roles/new`, who: 'admin', form: true },
    { pattern: '/admin/people/:personId/end-role', route: `/admin/people/${head.id}/end-role?role=headteacher&schoolId=${libra}`, who: 'admin' },
    { pattern: '/admin/people/:personId/erase', route: `/admin/people/${head.id}/erase`, who: 'admin' },
    { pattern: '/admin/people/:personId/password', route: `/admin/people/${head.id}/password`, who: 'admin', form: true },
    { pattern: '/admin/people/:personId/reset-mfa', route: `/admin/people/${head.id}/reset-mfa`, who: 'admin' },
    { pattern: '/admin/policies', route: '/admin/policies', who: 'admin' },
    { pattern: '/admin/policies/catalogue', route: '/admin/policies/catalogue', who: 'admin', form: true },
    { pattern: '/admin/policies/new', route: '/admin/policies/new', who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId', route: `/admin/policies/${complaints}`, who: 'admin' },
    { pattern: '/admin/policies/:policyId/versions/new', route: `/admin/policies/${complaints}/versions/new`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/approve', route: `/admin/policies/${complaints}/approve`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/review', route: `/admin/policies/${complaints}/review`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/retire', route: `/admin/policies/${complaints}/retire`, who: 'admin', form: true },
    { pattern: '/admin/policies/:policyId/retire/check', route: `/admin/policies/${complaints}/retire/check?retiredOn=2026-11-24&reason=Merged`, who: 'admin' },
    { pattern: '/admin/link-governors', route: '/admin/link-governors', who: 'admin' },
    { pattern: '/admin/schools/:schoolId/link-governors/new', route: `/admin/schools/${libra}/link-governors/new`, who: 'admin', form: true },
    { pattern: '/admin/schools/:schoolId/link-governors/:personId/end', route: `/admin/schools/${libra}/link-governors/${governor.id}/end?area=Safeguarding`, who: 'admin' },
    { pattern: '/admin/term-dates', route: '/admin/term-dates', who: 'admin', form: true },
    { pattern: '/admin/reminders', route: '/admin/reminders', who: 'admin' },
  ];
}

/** Headings that mean the page did not open as the person it was meant for. */
const NOT_THE_PAGE = /^(Something went wrong|Page not found|Could not load your account)$/;

describe('the web app is accessible (axe-core, WCAG 2.2 AA) on every page and form, and by keyboard', () => {
  let app: TestApp;
  let url: string;
  let demo: WebDemo;
  let browser: Browser;
  let pages: WebPages;

  beforeAll(async () => {
    buildWebApp();
    app = await startTestApp({ CLOCK_TODAY: WEB_DEMO_TODAY });
    await app.app.listen(0, '127.0.0.1');
    url = (await app.app.getUrl()).replace('[::1]', '127.0.0.1');
    demo = await seedWebDemo(app);
    browser = await launchBrowser();
    pages = new WebPages(browser, url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  afterEach(() => {
    expect(pages.takeErrors()).toEqual([]);
  });

  /** Opens a route and waits until its page (not the loading line) is showing; returns its h1. */
  async function open(page: Page, route: string): Promise<string> {
    if (page.url() === `${url}/#${route}`) await page.reload();
    else await page.goto(`${url}/#${route}`);
    await page.locator('main:not([aria-busy]) h1').waitFor();
    return (await page.locator('main h1').textContent()) ?? '';
  }

  /** Clears every text the form holds (dates included) and submits it, expecting its error summary. */
  async function submitEmpty(page: Page): Promise<void> {
    await page.evaluate(`(() => {
      const form = document.querySelector('main form');
      for (const field of form.querySelectorAll('input:not([type]), input[type="text"], input[type="email"], input[type="password"], input[type="number"], input[type="date"], textarea')) field.value = '';
      form.requestSubmit();
    })()`);
    await page.locator('main .error-summary:not([hidden])').waitFor();
  }

  it('checks every route of the app’s route tables, so a new page cannot go unchecked', () => {
    const stand = { id: 'id', name: '', email: '', password: '' };
    const fake: WebDemo = {
      trustId: 't',
      trustName: '',
      schools: { libra: 's', ravens: 's', holly: 's' },
      policies: new Proxy({}, { get: () => ({ id: 'p', title: '' }) }),
      people: { admin: stand, trustee: stand, clerk: stand, head: stand, governor: stand },
    };
    const checked = new Set(visits(fake).map((visit) => visit.pattern));
    expect(routePatterns().filter((pattern) => !checked.has(pattern))).toEqual([]);
    expect([...checked].filter((pattern) => !routePatterns().includes(pattern))).toEqual([]);
  });

  it('holds pages to the WCAG 2.2 AA rules, colour contrast and target size included, and reports what breaks them', async () => {
    const page = await pages.newPage(PHONE);
    await open(page, '/sign-in');
    expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
    const ran = await page.evaluate<string[]>(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } })
      .then((r) => [...r.passes, ...r.violations, ...r.inapplicable, ...r.incomplete].map((rule) => rule.id))`);
    expect(ran).toEqual(expect.arrayContaining(['color-contrast', 'target-size', 'label', 'heading-order', 'region', 'landmark-one-main']));
    // Faint words and two tiny buttons side by side added to the page are caught: the check is not vacuous.
    await page.evaluate(`(() => {
      const main = document.querySelector('main');
      const words = document.createElement('p');
      words.textContent = 'Faint words';
      words.style.cssText = 'color:#c8c8c8;background:#ffffff';
      main.append(words);
      for (const label of ['a', 'b']) {
        const button = document.createElement('button');
        button.textContent = label;
        button.style.cssText = 'width:10px;height:10px;padding:0;margin:0;border:0;font-size:8px;min-height:0;min-width:0';
        main.append(button);
      }
    })()`);
    const violations = (await accessibilityViolations(page, WCAG_22_AA)).map((line) => line.split(':')[0]);
    expect(violations).toEqual(expect.arrayContaining(['color-contrast', 'target-size']));
    await page.close();
  }, SLOW);

  for (const viewport of [DESKTOP, PHONE]) {
    it(`finds nothing on any page or form at ${viewport.width}×${viewport.height}, errors showing or not`, async () => {
      const found: string[] = [];
      const signedIn = new Map<Who, Page>();
      const pageFor = async (who: Who): Promise<Page> => {
        const existing = signedIn.get(who);
        if (existing) return existing;
        const page = who === 'signed-out' ? await pages.newPage(viewport) : await pages.signIn(demo.people[who] as DemoPerson, viewport);
        signedIn.set(who, page);
        return page;
      };
      for (const visit of visits(demo)) {
        const page = await pageFor(visit.who);
        const where = `${visit.route} (${visit.who})`;
        const heading = await open(page, visit.route);
        if (NOT_THE_PAGE.test(heading) || (await page.getByText('Your role does not allow this.').count()) > 0) found.push(`${where}: did not open (“${heading}”)`);
        for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${where}: ${violation}`);
        for (const control of await unlabelledControls(page)) found.push(`${where}: unlabelled ${control}`);
        if (!visit.form) continue;
        try {
          await submitEmpty(page);
        } catch {
          found.push(`${where}: no error summary after an empty submit`);
          continue;
        }
        for (const violation of await accessibilityViolations(page, WCAG_22_AA)) found.push(`${where} with errors: ${violation}`);
      }
      for (const page of signedIn.values()) await page.close();
      expect(found).toEqual([]);
    }, 600_000);
  }
});
