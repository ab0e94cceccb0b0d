import type { Page } from 'playwright-core';
import type { SchoolStaff } from '@governance/contracts';
import { bearer, loginAs, STRONG_PASSWORD } from './support/fixtures';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { webDemoSuite } from './support/web-suite';

/*
 * A school's current staff in Chromium, on the demo trust with twelve staff at Libra: the
 * headteacher sees who is on the staff and how many policies each has read and acknowledged,
 * under the import form, and the list follows an import; a policy's page says how many staff have
 * acknowledged its version in force. Every page is checked with axe-core.
 */
const SLOW = 180_000;
const DESKTOP = { width: 1280, height: 900 };

const FIRST_NAMES = ['Amira', 'Ben', 'Cara', 'Dev', 'Eleanor', 'Femi', 'Grace', 'Hamza', 'Isla', 'Jonah', 'Kiran', 'Lena'];
const twelveStaff = FIRST_NAMES.map((first, i) => ({ name: `${first} Stone`, email: `${first.toLowerCase()}.stone@libra.example`, jobTitle: i < 8 ? 'Class teacher' : 'Teaching assistant' }));
const csvOf = (people: { name: string; email: string; jobTitle: string }[]) => ['Name,Email,Job title', ...people.map((p) => `${p.name},${p.email},${p.jobTitle}`)].join('\r\n');

describe('A school’s current staff and how far each has got with their reading', () => {
  const web = webDemoSuite();
  let adminToken: string;
  let safeguarding: string;

  async function staffOfLibra(): Promise<SchoolStaff> {
    const head = (await web.app.http.get('/api/health').expect(200)).body.position as string;
    const response = await web.app.http.get(`/api/trusts/${web.demo.trustId}/schools/${web.demo.schools.libra}/staff`).set(bearer(adminToken)).set('X-Min-Position', head).expect(200);
    return response.body as SchoolStaff;
  }

  /** A member of staff acknowledges a version themselves: given a password by the admin, signed in, POST .../acknowledgements. */
  async function acknowledge(person: { personId: string; email: string | null }, policyId: string, version: number): Promise<void> {
    await web.app.http.put(`/api/trusts/${web.demo.trustId}/people/${person.personId}/password`).set(bearer(adminToken)).send({ password: STRONG_PASSWORD }).expect(200);
    const token = await loginAs(web.app, { email: person.email!, password: STRONG_PASSWORD });
    await web.app.http.post(`/api/trusts/${web.demo.trustId}/schools/${web.demo.schools.libra}/policies/${policyId}/acknowledgements`).set(bearer(token)).send({ version }).expect(201);
  }

  async function expectAccessible(page: Page, where: string): Promise<void> {
    expect({ where, violations: await accessibilityViolations(page, WCAG_22_AA), unlabelled: await unlabelledControls(page) }).toEqual({ where, violations: [], unlabelled: [] });
  }

  /** The table's rows as the page shows them, cell by cell. */
  function tableRows(page: Page): Promise<string[][]> {
    return page.getByTestId('current-staff-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
  }

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
    safeguarding = web.demo.policies['safeguarding-child-protection'].id;
    // Libra's twelve staff, as the demo has them, imported from the MIS.
    await web.app.http
      .post(`/api/trusts/${web.demo.trustId}/schools/${web.demo.schools.libra}/staff-imports`)
      .set(bearer(adminToken))
      .field('apply', 'true')
      .attach('file', Buffer.from(csvOf(twelveStaff)), { filename: 'staff.csv', contentType: 'text/csv' })
      .expect(201);
    const staff = (await staffOfLibra()).staff;
    // Amira, Ben and Cara have read and acknowledged safeguarding; Amira online safety too.
    for (const first of ['Amira', 'Ben', 'Cara']) await acknowledge(staff.find((member) => member.name === `${first} Stone`)!, safeguarding, 1);
    await acknowledge(staff.find((member) => member.name === 'Amira Stone')!, web.demo.policies['online-safety'].id, 2);
  }, SLOW);

  it('the headteacher sees the current staff with the policies each has read, and the list follows an applied import', async () => {
    const { libra } = web.demo.schools;
    const before = await staffOfLibra();
    const toRead = before.staff[0].toRead;
    expect(toRead).toBeGreaterThan(2);
    const page = await web.pages.signIn(web.demo.people.head, DESKTOP);
    await page.goto(`${web.url}/#/schools/${libra}/staff`);
    await page.getByRole('heading', { level: 1, name: 'Libra School: staff list' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Current staff (12)' }).waitFor();
    await expect(page.getByTestId('current-staff-table').locator('caption').textContent()).resolves.toContain('The staff of Libra School now');
    const rows = await tableRows(page);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['Amira Stone', 'amira.stone@libra.example', 'Class teacher', expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/), `2 of ${toRead}`]);
    expect(rows.map((row) => [row[0], row[4]])).toEqual(
      before.staff.map((member) => [member.name, `${member.acknowledged} of ${member.toRead}`]),
    );
    expect(rows.filter((row) => row[4] === `1 of ${toRead}`).map((row) => row[0])).toEqual(['Ben Stone', 'Cara Stone']);
    expect(rows[11]).toEqual(['Lena Stone', 'lena.stone@libra.example', 'Teaching assistant', expect.any(String), `0 of ${toRead}`]);
    // The current staff sits under the import form.
    const order = await page.evaluate<number>(`(() => {
      const form = document.querySelector('main form');
      const staff = document.querySelector('[data-testid="current-staff"]');
      return form && staff ? form.compareDocumentPosition(staff) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    })()`);
    expect(order).toBeGreaterThan(0);
    await expectAccessible(page, 'the staff list with the current staff');

    // Next term's list: Lena has left, Maya has joined, Dev is now a teaching assistant.
    const nextTerm = [
      ...twelveStaff.filter((person) => !person.name.startsWith('Lena')).map((person) => (person.name.startsWith('Dev') ? { ...person, jobTitle: 'Teaching assistant' } : person)),
      { name: 'Maya Stone', email: 'maya.stone@libra.example', jobTitle: 'Cover supervisor' },
    ];
    await page.getByLabel('Staff list (CSV file)').setInputFiles({ name: 'staff-spring.csv', mimeType: 'text/csv', buffer: Buffer.from(csvOf(nextTerm)) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What staff-spring.csv would change' }).waitFor();
    await page.getByRole('button', { name: 'Apply these changes' }).click();
    await page.getByTestId('staff-applied').waitFor();
    await page.getByTestId('current-staff-table').getByRole('rowheader', { name: 'Maya Stone' }).waitFor();
    const after = await tableRows(page);
    expect(after.map((row) => row[0])).toEqual([...FIRST_NAMES.filter((first) => first !== 'Lena'), 'Maya'].map((first) => `${first} Stone`).sort((a, b) => a.localeCompare(b)));
    expect(after.find((row) => row[0] === 'Dev Stone')?.[2]).toBe('Teaching assistant');
    expect(after.find((row) => row[0] === 'Maya Stone')?.slice(1)).toEqual(['maya.stone@libra.example', 'Cover supervisor', expect.any(String), `0 of ${toRead}`]);
    await expect(page.getByRole('heading', { level: 2, name: 'Current staff (12)' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'the current staff after an import');
  }, SLOW);

  it('the safeguarding policy’s page says how many staff have acknowledged its version in force, linking the reading progress', async () => {
    const { libra } = web.demo.schools;
    const page = await web.pages.signIn(web.demo.people.head, DESKTOP);
    await page.goto(`${web.url}/#/schools/${libra}/policies/${safeguarding}`);
    const line = page.getByTestId('policy-reading');
    await line.waitFor();
    await expect(line.textContent()).resolves.toBe('3 of 12 staff have acknowledged version 1. See the school’s reading progress');
    await expectAccessible(page, 'the policy page with its reading line');
    await line.getByRole('link', { name: 'See the school’s reading progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Libra School: reading progress' }).waitFor();

    // A policy that asks nobody (attendance) has no such line.
    await page.goto(`${web.url}/#/schools/${libra}/policies/${web.demo.policies.attendance.id}`);
    await page.getByTestId('policy-summary').waitFor();
    await expect(page.getByTestId('policy-reading').count()).resolves.toBe(0);
  }, SLOW);
});
