import type { Page } from 'playwright-core';
import type { AcknowledgementProgress, PersonName } from '@governance/contracts';
import { acknowledgePolicy, bearer, loginAs, STRONG_PASSWORD } from './support/fixtures';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * A school's staff list and its reading progress in Chromium, on the demo trust: the headteacher
 * checks an MIS export with one bad line, applies its clean lines, then a corrected file; sees who
 * has not yet acknowledged each policy; the trust admin sees the dashboard's summary. Every page is
 * checked with axe-core. WEB_SCREENSHOTS=1 saves the dry run and the progress page for the README.
 */
const SLOW = 180_000;
const DESKTOP = { width: 1280, height: 900 };

const FIRST_EXPORT = [
  'Forename,Surname,Email,Job title',
  'Amira,Khan,a.khan@libra.example,Class teacher',
  'Ben,Ortiz,b.ortiz@libra.example,Teaching assistant',
  'Cara,Doyle,c.doyle.libra.example,School business manager',
  'Joan,Wilkes,j.wilkes@libra.example,Headteacher',
].join('\r\n');

const CORRECTED_EXPORT = [
  'Forename,Surname,Email,Job title',
  'Amira,Khan-Patel,a.khan@libra.example,Class teacher',
  'Ben,Ortiz,b.ortiz@libra.example,Teaching assistant',
  'Cara,Doyle,c.doyle@libra.example,School business manager',
  'Joan,Wilkes,j.wilkes@libra.example,Headteacher',
].join('\r\n');

describe('A school’s staff list from its MIS, and who has read the policies', () => {
  const web = webDemoSuite();
  let adminToken: string;

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
  }, 60_000);

  /** A read of the API that includes every write so far (X-Min-Position: the log's head). */
  async function read<T>(path: string): Promise<T> {
    const head = (await web.app.http.get('/api/health').expect(200)).body.position as string;
    const response = await web.app.http.get(`/api/trusts/${web.demo.trustId}${path}`).set(bearer(adminToken)).set('X-Min-Position', head).expect(200);
    return response.body as T;
  }

  async function expectAccessible(page: Page, where: string): Promise<void> {
    expect({ where, violations: await accessibilityViolations(page, WCAG_22_AA), unlabelled: await unlabelledControls(page) }).toEqual({ where, violations: [], unlabelled: [] });
  }

  async function upload(page: Page, name: string, text: string): Promise<void> {
    await page.getByLabel('Staff list (CSV file)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Check the file' }).click();
  }

  /** A member of staff acknowledges a version themselves: given a password by the admin, signed in, POST .../acknowledgements. */
  async function acknowledge(person: { id: string; email: string }, schoolId: string, policyId: string, version: number): Promise<void> {
    await web.app.http.put(`/api/trusts/${web.demo.trustId}/people/${person.id}/password`).set(bearer(adminToken)).send({ password: STRONG_PASSWORD }).expect(200);
    const token = await loginAs(web.app, { email: person.email, password: STRONG_PASSWORD });
    await acknowledgePolicy(web.app, web.demo.trustId, token, { schoolId, policyId, version });
  }

  it('the headteacher checks a file with a bad line, applies its clean lines, then the corrected file, and sees who has not read each policy', async () => {
    const { libra } = web.demo.schools;
    const page = await web.pages.signIn(web.demo.people.head, DESKTOP);
    await page.goto(`${web.url}/#/schools/${libra}`);
    await page.getByRole('link', { name: 'Staff and reading' }).click();
    await page.getByRole('heading', { level: 1, name: 'Libra School: staff list' }).waitFor();
    await expect(page.getByTestId('staff-columns').textContent()).resolves.toMatch(/Name.*Email.*Job title \(optional/s);
    await expect(page.getByText('Nothing changes until you press “Apply”.').count()).resolves.toBe(1);
    await expectAccessible(page, 'the staff list page');

    // A file that is not a staff list is refused as a whole, at the file field, and nothing changes.
    await upload(page, 'phones.csv', 'Name,Phone\r\nAmira Khan,0123');
    const fileField = page.locator('.field-has-error', { has: page.getByLabel('Staff list (CSV file)') });
    await fileField.waitFor();
    await expect(fileField.textContent()).resolves.toMatch(/email.*Nothing was changed\./is);
    await page.locator('main .error-summary:not([hidden])').first().waitFor();
    await expectAccessible(page, 'a file refused as a whole');

    // The dry run: three to add (the head among them, already in the trust), a problem named by its line.
    await upload(page, 'staff-autumn.csv', FIRST_EXPORT);
    await page.getByRole('heading', { name: 'What staff-autumn.csv would change' }).waitFor();
    const summary = page.getByTestId('staff-problems-summary');
    await expect(summary.textContent()).resolves.toContain('There is a problem on 1 line of the file');
    await expect(summary.getByRole('link').first().textContent()).resolves.toMatch(/^Line 4: .*email/i);
    const problemRow = page.getByTestId('staff-problems').locator('tbody tr');
    await expect(problemRow.locator('th').textContent()).resolves.toBe('4');
    await expect(problemRow.locator('td').first().textContent()).resolves.toBe('Email');
    await expect(page.getByTestId('staff-added').locator('dd').textContent()).resolves.toBe('3');
    await expect(page.getByTestId('staff-to-be-added').locator('tbody th').allTextContents()).resolves.toEqual(['Amira Khan', 'Ben Ortiz', 'Joan WilkesAlready in the trust']);
    await expect(page.getByRole('button', { name: 'Apply these changes' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the dry run with a problem line');
    await screenshot(page, 'staff-import-dry-run');
    await expect(read<AcknowledgementProgress>(`/acknowledgements?schoolId=${libra}`)).resolves.toMatchObject({ totals: { expected: 0 } });

    await page.getByRole('button', { name: 'Apply the clean lines only (leave out 1 line)' }).click();
    const applied = page.getByTestId('staff-applied');
    await applied.waitFor();
    await expect(applied.getByTestId('applied-added').textContent()).resolves.toBe('Added: 3');
    await expect(applied.getByTestId('applied-left-out').textContent()).resolves.toBe('Lines left out with problems: 1');
    await expectAccessible(page, 'the clean lines applied');
    const afterFirst = await read<AcknowledgementProgress>(`/acknowledgements?schoolId=${libra}`);
    expect(new Set(afterFirst.rows.map((row) => row.staff))).toEqual(new Set([3]));

    // The corrected file: Cara is added, Amira's new surname is a change; nothing is left out.
    await upload(page, 'staff-autumn-corrected.csv', CORRECTED_EXPORT);
    await page.getByRole('heading', { name: 'What staff-autumn-corrected.csv would change' }).waitFor();
    await expect(page.getByTestId('staff-problems-summary').count()).resolves.toBe(0);
    await expect(page.getByTestId('staff-details-changing').locator('tbody tr').first().textContent()).resolves.toContain('Amira Khan-Patel');
    await expect(page.getByTestId('staff-details-changing').locator('tbody td').nth(1).textContent()).resolves.toBe('Name');
    await expect(page.getByTestId('staff-unchanged').locator('dd').textContent()).resolves.toBe('2');
    await page.getByRole('button', { name: 'Apply these changes' }).click();
    await applied.waitFor();
    await expect(applied.getByTestId('applied-added').textContent()).resolves.toBe('Added: 1');
    await expect(applied.getByTestId('applied-changed').textContent()).resolves.toBe('Details changed: 1');

    // Ben reads the safeguarding policy; the progress page names the others, with the day they were asked.
    const names = await read<PersonName[]>('/people/names');
    const ben = names.find((person) => person.name === 'Ben Ortiz')?.id as string;
    const safeguarding = web.demo.policies['safeguarding-child-protection'];
    await acknowledge({ id: ben, email: 'b.ortiz@libra.example' }, libra, safeguarding.id, 1);
    const progress = await read<AcknowledgementProgress>(`/acknowledgements?schoolId=${libra}`);
    expect(progress.rows.find((row) => row.policyId === safeguarding.id)).toMatchObject({ staff: 4, acknowledged: 1, outstanding: 3 });

    await applied.getByRole('link', { name: 'See the reading progress of the school’s staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'Libra School: reading progress' }).waitFor();
    const row = page.getByTestId('reading-progress').locator('tbody tr', { hasText: safeguarding.title });
    await expect(row.locator('td').first().textContent()).resolves.toMatch(/^Version 1, adopted /);
    await expect(row.locator('.progress-words').textContent()).resolves.toBe('1 of 4 (25%)');
    const outstanding = page.getByTestId('reading-outstanding-people').filter({ hasText: safeguarding.title });
    await expect(outstanding.locator('caption').textContent()).resolves.toBe(`${safeguarding.title}, version 1: 3 people outstanding`);
    await expect(outstanding.locator('tbody th').allTextContents()).resolves.toEqual(['Amira Khan-Patel', 'Cara Doyle', 'Joan Wilkes']);
    await expect(outstanding.locator('tbody td').first().textContent()).resolves.toMatch(/\d{4}$/);
    await expectAccessible(page, 'the reading progress page');
    await screenshot(page, 'reading-progress');
    await page.close();
  }, SLOW);

  it('the trust admin sees the dashboard’s Read and acknowledge summary, each school linked to its reading page', async () => {
    const { libra } = web.demo.schools;
    const trust = await read<AcknowledgementProgress>('/acknowledgements');
    const libraRows = trust.rows.filter((row) => row.schoolId === libra);
    const expected = libraRows.reduce((sum, row) => sum + row.staff, 0);
    const acknowledged = libraRows.reduce((sum, row) => sum + row.acknowledged, 0);
    expect(acknowledged).toBe(1);

    const page = await web.pages.signIn(web.demo.people.admin, DESKTOP);
    await page.goto(`${web.url}/#/compliance`);
    const panel = page.getByTestId('read-and-acknowledge');
    await panel.waitFor();
    await expect(panel.getByTestId('ack-expected').locator('dd').textContent()).resolves.toBe(String(trust.totals.expected));
    await expect(panel.getByTestId('ack-outstanding').locator('dd').textContent()).resolves.toBe(String(trust.totals.outstanding));
    const libraRow = panel.locator('tbody tr', { hasText: 'Libra School' });
    await expect(libraRow.locator('.progress-words').textContent()).resolves.toBe(`1 of ${expected} (${Math.floor(100 / expected)}%)`);
    await expectAccessible(page, 'the dashboard');
    await libraRow.getByRole('link', { name: 'Libra School' }).click();
    await page.getByRole('heading', { level: 1, name: 'Libra School: reading progress' }).waitFor();
    await expect(page.getByTestId('reading-outstanding-people').count()).resolves.toBeGreaterThan(0);
    await page.close();
  }, SLOW);
});
