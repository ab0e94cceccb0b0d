import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { docxBomb } from '@governance/documents/import/testing/hostile-documents';
import { totpCode } from '../apps/api/src/auth/totp';
import { addPerson, bearer, createTrust, loginAs, operator } from './support/fixtures';
import { OPERATOR_TOKEN } from './support/test-app';
import { launchBrowser } from './support/web-browser';
import { DemoPerson } from './support/web-demo';
import { seedWideTrust } from './support/wide-trust';
import { accessibilityViolations, unlabelledControls, WebPages } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * The web app in Debian's Chromium against the real server (listening on a port, on a temporary
 * store) with a demo-like trust created through the API. Each person signs in and does their job
 * the way they would: through labels, roles and the words on the page, not CSS selectors.
 * WEB_SCREENSHOTS=1 also saves the main pages under docs/screenshots/ for the README.
 */
const SLOW = 90_000;

describe('the web app in a real browser', () => {
  const web = webDemoSuite();

  const newPage = (viewport?: { width: number; height: number }) => web.pages.newPage(viewport);
  const signIn = (person: DemoPerson, viewport?: { width: number; height: number }) => web.pages.signIn(person, viewport);

  const focused = (page: Page) => page.evaluate<{ tag: string; id: string; text: string }>(
    `({ tag: document.activeElement.tagName, id: document.activeElement.id, text: document.activeElement.textContent })`,
  );

  const api = (path: string, token: string) => web.app.http.get(`/api/trusts/${web.demo.trustId}${path}`).set(bearer(token));

  it('serves the app at / with its own scripts allowed by the CSP, and leaves /api to the API', async () => {
    const home = await web.app.http.get('/').expect(200);
    expect(home.headers['content-type']).toMatch(/text\/html/);
    expect(home.text).toContain('<script type="module" src="/js/main.js">');
    expect(home.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const script = await web.app.http.get('/js/main.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    await web.app.http.get('/styles.css').expect(200).expect('Content-Type', /text\/css/);
    const health = await web.app.http.get('/api/health').expect(200);
    expect(health.body.status).toBe('ok');
    const unknown = await web.app.http.get('/api/no-such-route').expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('tells a person whose password is wrong, beside the form, and lets them in with the right one', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/#/compliance`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your email address').first().isVisible()).resolves.toBe(true);
    await page.getByLabel('Email address').fill(web.demo.people.trustee.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email address or password is not right').waitFor();
    // Headed in words, not with HTTP's reason phrase.
    await page.getByRole('alert').getByRole('heading', { name: 'You could not be signed in' }).waitFor();
    expect(await page.getByText('Unauthorized').count()).toBe(0);
    await page.getByLabel('Password', { exact: true }).fill(web.demo.people.trustee.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back to the page asked for before signing in.
    await page.getByRole('heading', { level: 1, name: 'Compliance across the trust' }).waitFor();
    await page.close();
  }, SLOW);

  it('shows a trust board member the figures of the compliance API, schools by status and the heat map', async () => {
    const token = await loginAs(web.app, web.demo.people.trustee);
    const figures = (await api('/compliance', token).expect(200)).body;
    const page = await signIn(web.demo.people.trustee);
    expect(await page.getByTestId('figure-compliance').locator('dd').textContent()).toBe(`${figures.totals.compliancePct}%`);
    expect(await page.getByTestId('figure-overdue').locator('dd').textContent()).toBe(String(figures.totals.overdue));
    expect(await page.getByTestId('figure-due-soon').locator('dd').textContent()).toBe(String(figures.totals.dueSoon));
    await screenshot(page, 'trust-board-home');
    // Libra adopted version 2 of online safety after the EIA of version 1: one EIA out of date.
    expect(figures.totals.eiaOutOfDate).toBe(1);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compliance across the trust' }).waitFor();
    expect(await page.getByTestId('figure-eia-out-of-date').locator('dd').textContent()).toBe('1');
    const rows = page.getByTestId('schools-table').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    for (const school of figures.schools as { name: string; compliancePct: number; overdue: number }[]) {
      const row = rows.filter({ has: page.getByRole('link', { name: school.name }) });
      expect(await row.locator('td').first().textContent()).toBe(`${school.compliancePct}%`);
      expect(await row.locator('td').nth(3).textContent()).toBe(String(school.overdue));
    }
    // Schools x policies: every cell says its status in words for screen readers.
    // Policies down (every policy a row), schools across.
    expect(await page.getByTestId('heatmap').locator('tbody tr').count()).toBe(Object.keys(web.demo.policies).length);
    expect(await page.getByTestId('heatmap').locator('a.heat').count()).toBe(3 * Object.keys(web.demo.policies).length);
    await page.getByRole('link', { name: 'Online safety policy at Ravens Wood Primary: Overdue' }).waitFor({ state: 'attached' });
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'compliance');

    // Drill down: the school's register, filtered to what is overdue.
    await page.getByTestId('schools-table').getByRole('link', { name: 'Libra School' }).click();
    await page.getByRole('heading', { level: 1, name: 'Libra School: policy register' }).waitFor();
    const register = (await api(`/schools/${web.demo.schools.libra}/policies`, token).expect(200)).body as { title: string; status: string }[];
    expect(await page.getByTestId('register').locator('tbody tr').count()).toBe(register.length);
    await page.getByLabel('Status').selectOption('overdue');
    const overdue = register.filter((row) => row.status === 'overdue').map((row) => row.title);
    expect((await page.getByTestId('register').locator('tbody tr th a').allTextContents()).sort()).toEqual(overdue.sort());
    await page.getByText(`Showing ${overdue.length} of ${register.length} policies.`).waitFor();
    await page.getByLabel('Status').selectOption('');
    // The out-of-date EIA says so in words, naming the version it was for, with a symbol beside the colour.
    const onlineSafety = page.getByTestId('register').locator('tbody tr').filter({ has: page.getByRole('link', { name: 'Online safety policy' }) });
    expect(await onlineSafety.locator('.eia-out-of-date').textContent()).toBe('↻ Out of date (for version 1)');
    await page.getByLabel('Title contains').fill('safeguarding');
    expect(await page.getByTestId('register').locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Title contains').fill('');
    await screenshot(page, 'register');

    // And a policy's history, in words.
    await page.getByRole('link', { name: 'Safeguarding and child protection policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Safeguarding and child protection policy' }).waitFor();
    const history = page.getByRole('list', { name: 'History of Safeguarding and child protection policy' });
    await history.getByText('Reviewed by Ruth Okafor on 15 September 2026 (no change), next review Summer 2027.').waitFor();
    await history.getByText('Link governor visit on 6 October 2026 by Sam Patel: Termly safeguarding meeting with the designated safeguarding lead').waitFor();
    await history.getByText('Equality impact assessment completed by Ruth Okafor on 15 September 2026: no full assessment needed.').waitFor();
    await page.close();
  }, SLOW);

  it('shows every policy of a trust with the whole statutory catalogue on the heat map at 1366 px and on a phone, with every overdue square on screen', async () => {
    const wide = await seedWideTrust(web.app);
    const token = await loginAs(web.app, wide.trustee);
    const figures = (await web.app.http.get(`/api/trusts/${wide.trustId}/compliance`).set(bearer(token)).expect(200)).body;
    expect(figures.totals.overdue).toBeGreaterThan(0);
    for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      const page = await signIn(wide.trustee, viewport);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click().catch(async () => page.goto(`${web.url}/#/compliance`));
      const map = page.getByTestId('heatmap');
      await map.waitFor();
      // Every policy has its row, and every square (overdue ones included) lies inside the window's width.
      expect((await map.locator('tbody th[scope="row"]').allTextContents()).sort()).toEqual([...wide.policyTitles].sort());
      const outside = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="heatmap"] th, [data-testid="heatmap"] a.heat')]
        .filter((cell) => { const box = cell.getBoundingClientRect(); return box.left < 0 || box.right > window.innerWidth; })
        .map((cell) => cell.textContent)`);
      expect(outside).toEqual([]);
      expect(await page.evaluate<number>(`Math.max(...[...document.querySelectorAll('[data-testid="heatmap"] .table-scroll')].map((box) => box.scrollWidth - box.clientWidth))`)).toBeLessThanOrEqual(0);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
      expect(await map.locator('a.heat.status-overdue').count()).toBe(figures.totals.overdue);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `compliance-wide-trust-${viewport.width}`);
      await page.close();
    }
  }, SLOW);

  it('lets a link governor log a visit, with errors beside the fields, and find it in the policy’s history', async () => {
    const page = await signIn(web.demo.people.governor);
    await page.getByText('Your link governor areas').waitFor();
    await page.getByRole('link', { name: 'Log a visit' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Log a visit to Libra School' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    // Nothing filled in: the errors are listed on top and shown beside each field.
    await page.getByLabel('Date of the visit').fill('');
    await page.getByRole('button', { name: 'Log the visit' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('There is a problem').waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter the date of the visit', 'Enter the purpose of the visit', 'Write what you found']);
    await expect(page.getByLabel('Purpose of the visit').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'visit-form-errors');

    // A visit in the future: the API refuses it and the form shows its words at the date.
    await page.getByLabel('Date of the visit').fill('01/12/2026');
    await page.getByLabel('Purpose of the visit').fill('Online safety learning walk');
    await page.getByLabel('What you found').fill('Filtering reports are reviewed weekly; pupils in Year 8 could explain how to report concerns.');
    await page.getByRole('checkbox', { name: 'Online safety policy' }).check();
    await page.getByLabel('Actions agreed (optional)').fill('Share the filtering report with governors\nAdd online safety to the spring agenda');
    await page.getByRole('button', { name: 'Log the visit' }).click();
    await page.getByRole('alert').getByText('visitedOn 2026-12-01 is after today (2026-11-24)').waitFor();
    const dateField = page.locator('.field', { has: page.getByLabel('Date of the visit') });
    await dateField.getByText('is after today').waitFor();

    await page.getByLabel('Date of the visit').fill('20/11/2026');
    await page.getByRole('button', { name: 'Log the visit' }).click();
    await page.getByTestId('saved').getByText('The visit is logged.').waitFor();
    await page.getByRole('link', { name: 'See it in the history of Online safety policy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Online safety policy' }).waitFor();
    const entry = page.locator('.entry-new');
    await entry.getByText('Link governor visit on 20 November 2026 by you: Online safety learning walk').waitFor();
    await entry.getByText('Action: Add online safety to the spring agenda').waitFor();
    await entry.getByText('New').waitFor();
    // The success link lands on the new entry.
    expect(await page.locator('.entry-new:focus').count()).toBe(1);
    await screenshot(page, 'policy-history');
    await page.close();
  }, SLOW);

  it('logs a visit once however often its button is pressed, then closes the form and shows what was saved', async () => {
    const token = await loginAs(web.app, web.demo.people.governor);
    const visits = async () =>
      ((await api(`/audit?schoolId=${web.demo.schools.libra}&type=LinkGovernorVisitLogged&limit=500`, token).expect(200)).body.items as { data: { purpose?: string } }[])
        .filter((item) => item.data.purpose === 'Pressed twice in a hurry');
    const page = await signIn(web.demo.people.governor);
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/visits')) keys.push(request.headers()['idempotency-key'] ?? '');
    });
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/visits/new`);
    await page.getByRole('heading', { level: 1, name: 'Log a visit to Libra School' }).waitFor();
    // The governor's own link areas (safeguarding and online safety) come ticked; others do not.
    expect(await page.getByRole('checkbox', { name: 'Safeguarding and child protection policy' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Online safety policy' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Behaviour policy' }).isChecked()).toBe(false);
    await page.getByLabel('Purpose of the visit').fill('Pressed twice in a hurry');
    await page.getByLabel('What you found').fill('The single central record is up to date.');
    // Two submits in one go (a double press, or Enter and a click), then a double click.
    await page.evaluate(`(() => { const form = document.querySelector('main form'); form.requestSubmit(); form.requestSubmit(); })()`);
    await page.getByRole('button', { name: 'Log the visit' }).dblclick({ timeout: 2_000 }).catch(() => undefined);
    await page.getByTestId('saved').getByText('The visit is logged.').waitFor();
    // The form is closed: what was saved shows in its place, and there is no button to press again.
    expect(await page.getByRole('button', { name: 'Log the visit' }).count()).toBe(0);
    expect(await page.locator('main form').count()).toBe(0);
    await page.getByTestId('saved-answers').getByText('Pressed twice in a hurry').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await visits()).toHaveLength(1);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^web-[0-9a-f]{32}$/);
    await page.close();
  }, SLOW);

  it('shows and takes dates day first in an American browser, and says plainly when one is not a date', async () => {
    const american = await launchBrowser({ locale: 'en-US' });
    try {
      const americanPages = new WebPages(american, web.url);
      const page = await americanPages.signIn(web.demo.people.governor);
      await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/visits/new`);
      const date = page.getByLabel('Date of the visit');
      await date.waitFor();
      expect(await date.inputValue()).toBe('24/11/2026');
      await page.getByLabel('Purpose of the visit').fill('Date typed the English way');
      await page.getByLabel('What you found').fill('Nothing of note.');
      await date.fill('31/02/2026');
      await page.getByRole('button', { name: 'Log the visit' }).click();
      await page.getByRole('alert').getByText('Date of the visit must be a real date, written day/month/year, for example 24/11/2026').waitFor();
      await date.fill('3/11/2026');
      await page.getByRole('button', { name: 'Log the visit' }).click();
      await page.getByTestId('saved').getByText('The visit is logged.').waitFor();
      const token = await loginAs(web.app, web.demo.people.governor);
      const items = (await api(`/audit?schoolId=${web.demo.schools.libra}&type=LinkGovernorVisitLogged&limit=500`, token).expect(200)).body.items as { data: { purpose?: string; visitedOn?: string } }[];
      expect(items.filter((item) => item.data.purpose === 'Date typed the English way').map((item) => item.data.visitedOn)).toEqual(['2026-11-03']);

      // The board's "position on" date too.
      await page.goto(`${web.url}/#/compliance?asOf=2026-11-03`);
      expect(await page.getByLabel('Show the position on').inputValue()).toBe('03/11/2026');
      await page.close();
      expect(americanPages.takeErrors()).toEqual([]);
    } finally {
      await american.close();
    }
  }, SLOW);

  it('lists a school’s reviews needing attention soonest due first', async () => {
    const token = await loginAs(web.app, web.demo.people.head);
    const rows = (await api(`/schools/${web.demo.schools.libra}/policies`, token).expect(200)).body as { title: string; status: string; nextReviewDue: string | null }[];
    const urgent = rows.filter((row) => ['overdue', 'due-soon', 'never-reviewed'].includes(row.status));
    const dated = urgent.filter((row) => row.nextReviewDue).sort((a, b) => (a.nextReviewDue as string).localeCompare(b.nextReviewDue as string));
    expect(dated.length).toBeGreaterThan(1);
    const page = await signIn(web.demo.people.head);
    const listed = await page.locator('ul.urgent li a').allTextContents();
    expect(listed.slice(0, dated.length)).toEqual(dated.map((row) => row.title));
    await page.close();
  }, SLOW);

  it('lets a headteacher record a review due in a term and see it worded in the history', async () => {
    const page = await signIn(web.demo.people.head);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/policies/${web.demo.policies.behaviour.id}/review`);
    await page.getByRole('heading', { level: 1, name: 'Record a review: Behaviour policy' }).waitFor();
    await page.getByLabel('Date of the review').fill('2026-11-23');
    await page.getByRole('radio', { name: 'No change' }).check();
    await page.getByRole('radio', { name: 'In a term, for example Summer 2027' }).check();
    await page.getByLabel('Term of the next review').selectOption('2027-summer');
    await page.getByRole('button', { name: 'Record the review' }).click();
    await page.getByRole('link', { name: 'See the new entry in the policy’s history' }).click();
    await page.locator('.entry-new').getByText('Reviewed by you on 23 November 2026 (no change), next review Summer 2027.').waitFor();
    await page.getByTestId('policy-summary').getByText('In date').waitFor();
    await page.close();
  }, SLOW);

  it('lets a headteacher record an equality impact assessment on the nine-characteristic grid', async () => {
    const page = await signIn(web.demo.people.head);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/policies/${web.demo.policies.attendance.id}/eia`);
    await page.getByRole('heading', { level: 1, name: 'Equality impact assessment: School attendance policy' }).waitFor();
    expect(await page.locator('table.eia-grid tbody tr').count()).toBe(9);
    // The assessment is for a version: the one the school adopted, unless another is chosen.
    expect(await page.getByLabel('Version assessed').inputValue()).toBe('1');
    expect(await page.getByLabel('Version assessed').locator('option:checked').textContent()).toBe('Version 1 (adopted)');
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByRole('button', { name: 'Answer “No” to every negative impact' }).click();
    await screenshot(page, 'eia-form');
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    // Promotes equality and data were left blank: one error per cell, named by group and question.
    await page.getByRole('alert').getByRole('link', { name: 'Answer “Promotes equality?” for age' }).waitFor();
    for (const group of ['Age', 'Disability', 'Gender reassignment', 'Marriage and civil partnership', 'Pregnancy and maternity', 'Race', 'Religion or belief', 'Sex', 'Sexual orientation']) {
      await page.getByRole('group', { name: `${group}: Promotes equality?` }).getByRole('radio', { name: 'Yes' }).check();
      await page.getByRole('group', { name: `${group}: Data shows positive impact?` }).getByRole('radio', { name: 'Not sure' }).check();
    }
    await page.getByRole('group', { name: 'Race: Negative impact?' }).getByRole('radio', { name: 'Not sure' }).check();
    await page.getByRole('radio', { name: 'No, the initial assessment is enough' }).check();
    await page.getByLabel('Conclusion').fill('Attendance procedures apply equally; we will check the data on absence by ethnicity.');
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.getByRole('link', { name: 'See the new entry in the policy’s history' }).click();
    const entry = page.locator('.entry-new');
    await entry.getByText('Equality impact assessment completed by you on 24 November 2026: no full assessment needed.').waitFor();
    await page.getByTestId('policy-summary').locator('.eia-complete').waitFor();
    await entry.getByText('Not sure about the impact on: race.').waitFor();
    await page.close();
  }, SLOW);

  it('lets a headteacher submit the termly report with incident counts', async () => {
    const page = await signIn(web.demo.people.head);
    await page.getByRole('link', { name: 'Submit the termly report' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Headteacher’s termly report for Libra School' }).waitFor();
    await page.getByLabel('Summary for governors').fill('Autumn term: strong start, two complaints resolved informally.');
    await page.getByLabel('Complaints made about the school').fill('2');
    await page.getByLabel('e-Safety incidents').fill('3');
    await page.getByLabel('Training delivered this term (optional)').fill('- Prevent refresher\n- KCSIE 2026 update');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByRole('link', { name: 'See it in the school’s activity' }).click();
    const entry = page.locator('.entry-new');
    await entry.getByText("Headteacher's report for Autumn 2026 submitted by you: 5 incidents.").waitFor();
    await entry.getByText('e-Safety incidents: 3').waitFor();
    await page.close();
  }, SLOW);

  it('works on a phone: nothing wider than the screen, the menu and forms usable', async () => {
    const phone = { width: 390, height: 844 };
    const page = await signIn(web.demo.people.governor, phone);
    const overflow = () => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-governor-home');
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/policies/${web.demo.policies['online-safety'].id}/eia`);
    // A governor may not record an EIA: the page says so in words instead of offering a form.
    await page.getByText('Your role does not allow this.').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/visits/new`);
    await page.getByRole('heading', { level: 1, name: 'Log a visit to Libra School' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-visit-form');
    await page.close();

    // The board's heat map is wider than a phone: it scrolls inside its own box, not the page.
    const board = await signIn(web.demo.people.trustee, phone);
    await board.goto(`${web.url}/#/compliance`);
    await board.getByTestId('heatmap').waitFor();
    expect(await board.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await screenshot(board, 'phone-compliance');
    await board.close();
  }, SLOW);

  it('can be used with the keyboard: a skip link first, focus moved to each new page’s heading', async () => {
    const page = await signIn(web.demo.people.trustee);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${web.demo.people.trustee.name}` }).waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    expect(page.url()).not.toContain('#main');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Compliance across the trust' }).waitFor();
    expect((await focused(page)).tag).toBe('H1');
    await page.close();
  }, SLOW);

  it('lets a trust admin record an adoption where a school has none, and the heat map follows', async () => {
    const page = await signIn(web.demo.people.admin);
    const plan = web.demo.policies['accessibility-plan'];
    await page.goto(`${web.url}/#/compliance`);
    const cell = page.getByRole('link', { name: 'Accessibility plan at Ravens Wood Primary: Not adopted' });
    await cell.click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility plan' }).waitFor();
    await page.getByRole('link', { name: 'Record an adoption' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record an adoption: Accessibility plan' }).waitFor();
    expect(await page.getByLabel('Version adopted').inputValue()).toBe('1');
    await page.getByLabel('Version adopted').fill('7');
    await page.getByLabel('Date adopted').fill('2026-11-02');
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    // Version 7 does not exist: the API's words, beside the version.
    await page.locator('.field-has-error', { has: page.getByLabel('Version adopted') }).waitFor();
    await page.getByLabel('Version adopted').fill('1');
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    await page.getByRole('link', { name: 'See the new entry in the policy’s history' }).click();
    await page.locator('.entry-new').getByText('Version 1 adopted at Ravens Wood Primary on 2 November 2026, approved by the local governing body; recorded by you.').waitFor();
    await page.goto(`${web.url}/#/compliance`);
    await page.getByRole('link', { name: 'Accessibility plan at Ravens Wood Primary: In date' }).waitFor({ state: 'attached' });
    expect(plan.title).toBe('Accessibility plan');
    await page.close();
  }, SLOW);

  it('lets the clerk preview the minutes inputs and download the .docx and the CSVs', async () => {
    const page = await signIn(web.demo.people.clerk);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clerk’s pack' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clerk’s termly pack' }).waitFor();
    await page.getByLabel('Term').selectOption('2026-autumn');
    await page.getByRole('radio', { name: 'Libra School: local governing body' }).check();
    await page.getByRole('button', { name: 'Preview the minutes inputs' }).click();
    const preview = page.getByTestId('minutes-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Libra School');
    await screenshot(page, 'clerk');
    // Offered in words: no file-format jargon in the buttons; the data file only under "For other software".
    const offered = (await page.getByRole('button').allTextContents()).join(' | ');
    expect(offered).not.toMatch(/Markdown|\.md|\.json|\.csv|\.docx/);
    await page.getByRole('button', { name: 'Plain text' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download the data file' }).isVisible()).toBe(false);
    await page.getByText('For other software').click();
    await page.getByRole('button', { name: 'Download the data file' }).waitFor();

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word document (recommended)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync(await docx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a .docx is a zip
    await page.getByText(`${docx.suggestedFilename()} downloaded.`).waitFor();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Libra School: policy register (spreadsheet)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('Safeguarding and child protection policy');
    const [compliance] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Compliance figures (spreadsheet)' }).click()]);
    expect(readFileSync(await compliance.path(), 'utf8')).toContain('Ravens Wood Primary');
    await page.close();
  }, SLOW);

  it('lists the packs generated for the term, each downloadable as circulated', async () => {
    const page = await signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/clerk?term=2026-autumn&schoolId=${encodeURIComponent(web.demo.schools.libra)}`);
    // The preview is a generated pack: it is listed, newest first, with its own download.
    const packs = page.locator('section', { has: page.getByRole('heading', { name: 'Packs generated for this term' }) });
    const first = packs.getByRole('listitem').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('plain text');
    const [circulated] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: /Download as circulated/ }).click()]);
    expect(circulated.suggestedFilename()).toMatch(/\.md$/);
    expect(readFileSync(await circulated.path(), 'utf8')).toContain('Libra School');
    await page.close();
  }, SLOW);

  it('lets a trust admin import a policy document: dry run, correct what was read, record it', async () => {
    const page = await signIn(web.demo.people.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import policies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import policy documents' }).waitFor();
    const sample = readFileSync(join(__dirname, '..', '..', 'shared', 'samples', 'libra-parent-community-social-media.txt'));
    await page.getByLabel('Policy document', { exact: true }).setInputFiles({ name: 'parent-social-media.txt', mimeType: 'text/plain', buffer: sample });
    await page.getByLabel('Which school is it for?').selectOption({ label: 'Libra School' });
    await page.getByRole('button', { name: 'Read the document' }).click();
    await page.getByRole('heading', { name: 'What was read from parent-social-media.txt' }).waitFor();
    const title = page.getByLabel('Title', { exact: true });
    expect(await title.inputValue()).not.toBe('');
    expect(await unlabelledControls(page)).toEqual([]);
    await screenshot(page, 'import');
    await title.fill('Parent and community use of social media');
    await page.getByRole('button', { name: 'Record this policy' }).click();
    await page.getByTestId('saved').getByText('“Parent and community use of social media” is recorded for Libra School.').waitFor();
    await page.getByRole('link', { name: 'See the policy and its history' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parent and community use of social media' }).waitFor();
    await page.close();
  }, SLOW);

  it('tells a trust admin plainly when a document is too big to read once unpacked, and records nothing', async () => {
    const before = (await web.app.http.get('/api/health').expect(200)).body.position as string;
    const page = await signIn(web.demo.people.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import policies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import policy documents' }).waitFor();
    // Under a megabyte as sent; its document.xml inflates to 200 MB.
    const bomb = await docxBomb([200 * 1024 * 1024]);
    await page.getByLabel('Policy document', { exact: true }).setInputFiles({
      name: 'Board pack.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: bomb,
    });
    await page.getByRole('button', { name: 'Read the document' }).click();
    await page.getByText(/“Board pack\.docx” unpacks to more than 10 MB/).first().waitFor();
    await page.getByText('This document is too big to read').waitFor();
    expect(await page.getByRole('heading', { name: /What was read from/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-too-big');
    expect((await web.app.http.get('/api/health').expect(200)).body.position).toBe(before);
    await page.close();
  }, SLOW);

  it('takes an admin whose trust requires two-step sign-in through setting it up, then asks for the code', async () => {
    const trustId = await createTrust(web.app, 'Willow Federation');
    await web.app.http.put(`/api/trusts/${trustId}/security-policy`).set(operator()).send({ requireMfaForAdmins: true }).expect(201);
    const admin = await addPerson(web.app, trustId, OPERATOR_TOKEN, [{ role: 'trust-admin' }], { name: 'Dev Mistry', email: 'd.mistry@willow.example' });
    const page = await newPage();
    await page.goto(`${web.url}/`);
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' }).waitFor();
    const secret = ((await page.getByLabel('Key to type into the app').textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('Six-digit code from the app').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Dev Mistry' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Six-digit code from your authenticator app');
    await code.waitFor();
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.field-has-error', { has: code }).getByText('That code is not right').waitFor();
    // The next step's code: the one used to enrol cannot be used again.
    await code.fill(totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Dev Mistry' }).waitFor();
    await page.close();
  }, SLOW);
  it('pages a school’s activity with the audit API’s cursor, in sentences naming the policy and school, with both dates', async () => {
    // Enough activity for more than one page whichever tests ran before.
    const governorToken = await loginAs(web.app, web.demo.people.governor);
    for (let day = 1; day <= 10; day++) {
      await web.app.http
        .post(`/api/trusts/${web.demo.trustId}/schools/${web.demo.schools.libra}/visits`)
        .set(bearer(governorToken))
        .send({ visitedOn: `2026-09-${String(day).padStart(2, '0')}`, purpose: `Learning walk ${day}`, findings: 'Calm corridors.', policyIds: [], actions: [] })
        .expect(201);
    }
    const token = await loginAs(web.app, web.demo.people.admin);
    const all = (await api(`/audit?schoolId=${web.demo.schools.libra}&limit=500`, token).expect(200)).body.items as { position: string; type: string; policyId: string | null }[];
    expect(all.length).toBeGreaterThan(25);
    const page = await signIn(web.demo.people.admin);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/activity`);
    await page.getByRole('heading', { level: 1, name: 'Libra School: activity' }).waitFor();
    const entries = page.getByRole('list', { name: 'Activity' }).locator(':scope > li');
    expect(await entries.count()).toBe(25);
    const firstPage = await entries.evaluateAll((items) => items.map((item) => item.id));
    expect(firstPage).toEqual(all.slice(0, 25).map((item) => `entry-${item.position}`));
    // No event type names: every sentence is in words (no "RoleGranted", no "Role Granted").
    const headlines = await page.locator('.entry-headline').allTextContents();
    for (const headline of headlines) expect(headline).not.toMatch(/[a-z][A-Z]|\b(Granted|Generated|Logged|Completed|Registered)\b/);
    // An entry about a policy names it and the school.
    const policyEntry = all.slice(0, 25).find((item) => item.policyId);
    expect(policyEntry).toBeDefined();
    const registerRows = (await api(`/schools/${web.demo.schools.libra}/policies`, token).expect(200)).body as { policyId: string; title: string }[];
    const policyTitle = registerRows.find((row) => row.policyId === policyEntry?.policyId)?.title ?? 'a policy not in the register';
    expect(await page.locator(`#entry-${policyEntry?.position} .entry-headline`).textContent()).toMatch(new RegExp(`^${policyTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (at Libra School|\\(trust-wide\\)): `));

    await page.getByRole('navigation', { name: 'Pages of activity' }).getByRole('link', { name: 'Older entries' }).click();
    await page.getByRole('heading', { name: 'Page 2, newest first' }).waitFor();
    const secondPage = await entries.evaluateAll((items) => items.map((item) => item.id));
    expect(secondPage).toEqual(all.slice(25, 50).map((item) => `entry-${item.position}`));
    await page.getByRole('link', { name: 'Newest entries' }).click();
    await page.getByRole('heading', { name: 'Newest first' }).waitFor();

    // A visit's entry says the day of the visit as well as when it was recorded.
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/activity?type=LinkGovernorVisitLogged`);
    const visit = page.locator('li.entry', { hasText: 'Termly safeguarding meeting' });
    expect(await visit.locator('.entry-happened').textContent()).toBe('6 October 2026');
    expect(await visit.locator('.entry-recorded').textContent()).toMatch(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, SLOW);
});
