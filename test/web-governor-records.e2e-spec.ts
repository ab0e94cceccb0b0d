import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { bearer, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * Governor records in the browser (issue #22): a governor renews their declaration of interests
 * (the history then shows both, latest first) and records safeguarding training (status "done");
 * an interest ending before it starts is refused with the server's message beside the field and
 * nothing recorded; the clerk appoints a person, ends the appointment early and sees it past, and
 * a renewal starts the day after the term ends. Every page and state is checked by axe.
 */
const SLOW = 120_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe('governor records in the web app', () => {
  let adminToken: string;
  const web = webDemoSuite();

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
    // Sam Patel's declaration of last year: nothing to declare, now overdue.
    await web.app.http.post(`/api/trusts/${web.demo.trustId}/people/${web.demo.people.governor.id}/interests`).set(bearer(adminToken)).send({ declaredOn: '2025-11-01', interests: [] }).expect(201);
  }, 60_000);

  const field = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
  }

  async function declarationsOf(personId: string): Promise<{ declaredOn: string; interests: { kind: string; description: string }[] }[]> {
    return (await web.app.http.get(`/api/trusts/${web.demo.trustId}/people/${personId}/interests`).set(bearer(adminToken)).expect(200)).body.declarations as never;
  }

  it('lets a governor renew their declaration with one interest, refusing an interest that ends before it starts, and record safeguarding training', async () => {
    const { governor } = web.demo.people;
    const page = await web.pages.signIn(governor);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Your declaration and training' }) });
    expect(await panel.getByTestId('declaration-status').textContent()).toBe('Declaration of interests: Overdue Overdue: the last declaration was made on 1 November 2025, more than a year ago.');
    await expectAccessible(page);
    await panel.getByRole('link', { name: 'My declaration and training' }).click();
    await page.getByRole('heading', { level: 1, name: 'My declaration and training' }).waitFor();
    await expectAccessible(page);

    // A bad interest: it ends before it starts. The server's words show beside "To", nothing is recorded.
    const form = page.getByRole('form', { name: 'Renew the declaration of interests' });
    await form.getByLabel('Kind of interest').selectOption({ label: 'Directorship' });
    await form.getByLabel('Description').fill('Director of Hollins Building Services Ltd');
    await form.getByLabel('From (optional)').fill('01/04/2024');
    await form.getByLabel('To (optional)').fill('01/03/2024');
    await form.getByRole('button', { name: 'Record the declaration' }).click();
    const refusal = 'interests[0].to (2024-03-01) is before interests[0].from (2024-04-01); an interest cannot end before it starts.';
    await field(page, 'To (optional)').getByText(refusal).waitFor();
    await form.locator('.error-summary').getByRole('link', { name: refusal }).waitFor();
    expect(await form.getByLabel('To (optional)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'declaration-refused');
    expect((await declarationsOf(governor.id)).map((made) => made.declaredOn)).toEqual(['2025-11-01']);

    // Corrected: it is still held, so no end date.
    await form.getByLabel('To (optional)').fill('');
    await form.getByRole('button', { name: 'Record the declaration' }).click();
    await page.getByTestId('saved').getByText('The declaration of 24 November 2026 is recorded with 1 interest.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'See my declaration and training' }).first().click();
    await page.getByTestId('declarations').getByText('Declared on 1 November 2025').waitFor();
    const history = page.getByTestId('declarations').getByRole('heading', { level: 3 });
    expect(await history.allTextContents()).toEqual(['Declared on 24 November 2026', 'Declared on 1 November 2025']);
    await page.getByTestId('declarations').getByText('Director of Hollins Building Services Ltd').waitFor();
    expect(await page.getByTestId('declaration-status').textContent()).toContain('Done: the last declaration was made on 24 November 2026.');
    expect((await declarationsOf(governor.id)).map((made) => [made.declaredOn, made.interests.length])).toEqual([['2026-11-24', 1], ['2025-11-01', 0]]);
    await expectAccessible(page);

    // Safeguarding training: the status reads "done".
    expect(await page.getByTestId('safeguarding-status').textContent()).toContain('Overdue: no safeguarding training is recorded.');
    const training = page.getByRole('form', { name: 'Record training' });
    await training.getByLabel('What was the training?').fill('Safeguarding for governors');
    await training.getByLabel('Provider (optional)').fill('NGA');
    await training.getByLabel('Hours (optional)').fill('2');
    await training.getByRole('button', { name: 'Record the training' }).click();
    await page.getByTestId('saved').getByText('“Safeguarding for governors” on 24 November 2026 is recorded.').waitFor();
    await page.getByTestId('saved').getByRole('link', { name: 'See my declaration and training' }).click();
    await page.getByTestId('training').getByText('Safeguarding for governors').waitFor();
    expect(await page.getByTestId('safeguarding-status').locator('[data-status]').textContent()).toBe('Done');
    expect(await page.getByTestId('safeguarding-status').textContent()).toBe('Safeguarding training: Done Done: safeguarding training on 24 November 2026, valid until 24 November 2029.');
    await expectAccessible(page);
    await screenshot(page, 'my-declaration-and-training');
    // On a phone nothing is wider than the screen but the tables, which scroll in their own region.
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await page.close();
  }, SLOW);

  it('lets the clerk appoint a person, end the appointment early and renew another from the day after its term', async () => {
    const { trustee } = web.demo.people;
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manage the trust' }).click();
    await page.getByRole('link', { name: 'Governors and trustees' }).click();
    await page.getByRole('heading', { level: 1, name: 'Governors and trustees' }).waitFor();
    await page.getByTestId('declarations-list').getByRole('row').filter({ hasText: 'Margaret Hale' }).getByText('Overdue').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Which people?').selectOption({ label: 'Overdue only' });
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Declarations of interests: overdue' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Margaret Hale' });
    await page.getByRole('button', { name: 'Open their records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Margaret Hale: governor records' }).waitFor();
    await page.getByTestId('appointments-none').waitFor();
    await expectAccessible(page);

    // Appoint: nothing chosen is refused beside the questions; then the board, as a trustee.
    await page.getByRole('link', { name: 'Appoint' }).click();
    await page.getByRole('heading', { level: 1, name: 'Appoint Margaret Hale' }).waitFor();
    await page.getByRole('button', { name: 'Appoint' }).click();
    await page.getByRole('group', { name: 'Which body?' }).getByText('Choose which body they are appointed to').waitFor();
    await expectAccessible(page);
    expect(await page.getByLabel('Which school’s local governing body?').isHidden()).toBe(true);
    await page.getByLabel('The trust board').check();
    await page.getByLabel('Role').selectOption({ label: 'Trustee' });
    await page.getByLabel('Appointed by').fill('Members');
    await page.getByLabel('First day of the term').fill('01/09/2026');
    await page.getByLabel('Last day of the term').fill('31/08/2030');
    await page.getByRole('button', { name: 'Appoint' }).click();
    await page.getByTestId('saved').getByText('Margaret Hale is appointed trustee from 1 September 2026 to 31 August 2030.').waitFor();
    await page.getByRole('link', { name: 'Back to their records' }).click();
    const current = page.getByTestId('appointments-current');
    await current.getByText('1 September 2026 to 31 August 2030').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'governor-records');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);

    // End early: the last day held and a reason; it moves to the past appointments.
    await page.getByTestId('appointments-current').getByRole('link', { name: /^End early\W+Trustee, The trust board/ }).click();
    await page.getByRole('heading', { level: 1, name: 'End Margaret Hale’s appointment early' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Last day they held it').fill('20/11/2026');
    await page.getByLabel('Reason').fill('Resigned');
    await page.getByRole('button', { name: 'End the appointment' }).click();
    await page.getByTestId('saved').getByText('The appointment ended on 20 November 2026.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Back to their records' }).click();
    await page.getByTestId('appointments-past').getByText('1 September 2026 to 31 August 2030 (ended early on 20 November 2026: Resigned)').waitFor();
    expect(await page.getByTestId('appointments-current').count()).toBe(0);
    await expectAccessible(page);
    const items = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/people/${trustee.id}/appointments`).set(bearer(adminToken)).expect(200)).body as { endedOn: string; endReason: string; status: string }[];
    expect(items).toMatchObject([{ endedOn: '2026-11-20', endReason: 'Resigned', status: 'ended' }]);

    // Renew: a term ending on 31 December 2026 is renewed from 1 January 2027, filled in.
    await web.app.http
      .post(`/api/trusts/${web.demo.trustId}/people/${trustee.id}/appointments`)
      .set(bearer(adminToken))
      .send({ body: 'committee', committee: 'Finance and Audit', role: 'chair', appointedBy: 'Trust board', startsOn: '2023-01-01', endsOn: '2026-12-31' })
      .expect(201);
    await page.reload();
    await page.getByTestId('appointments-current').getByRole('link', { name: /^Renew\W+Chair, Finance and Audit committee/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Renew Margaret Hale’s appointment' }).waitFor();
    expect(await page.getByLabel('First day of the term').inputValue()).toBe('01/01/2027');
    expect(await page.getByLabel('Last day of the term').inputValue()).toBe('31/12/2030');
    expect(await page.getByLabel('Name of the committee').inputValue()).toBe('Finance and Audit');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Renew the appointment' }).click();
    await page.getByTestId('saved').getByText('Margaret Hale is appointed chair from 1 January 2027 to 31 December 2030.').waitFor();
    await page.close();
  }, SLOW);
  it('lets the clerk record a declaration handed in on paper and training for a governor, from their records page', async () => {
    const { head } = web.demo.people;
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/admin/governors/${head.id}`);
    await page.getByRole('heading', { level: 1, name: `${head.name}: governor records` }).waitFor();
    const before = (await declarationsOf(head.id)).length;
    const form = page.getByRole('form', { name: 'Renew the declaration of interests' });
    await form.getByLabel('I have nothing to declare').check();
    await form.getByRole('button', { name: 'Record the declaration' }).click();
    await page.getByTestId('saved').getByText('The declaration of 24 November 2026 is recorded: nothing to declare.').waitFor();
    expect((await declarationsOf(head.id)).length).toBe(before + 1);
    await page.getByRole('link', { name: `See ${head.name}'s records` }).first().click();
    await page.getByRole('heading', { level: 1, name: `${head.name}: governor records` }).waitFor();
    await page.getByRole('heading', { name: `Record training for ${head.name}` }).waitFor();
    await expectAccessible(page);
    await page.close();
  }, SLOW);

  it('lets the clerk preview the governance register and download it as CSV for Excel and as HTML for the website', async () => {
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/admin/governors`);
    const preview = page.getByTestId('governance-register-preview');
    await preview.getByRole('table').first().waitFor();
    const fromApi = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/governance-register`).set(bearer(await loginAs(web.app, web.demo.people.clerk))).expect(200)).body as { bodies: { title: string; people: { name: string }[] }[] };
    expect(fromApi.bodies.length).toBeGreaterThan(0);
    for (const body of fromApi.bodies) {
      const table = preview.getByRole('table', { name: body.title });
      for (const person of body.people) await table.getByRole('rowheader', { name: new RegExp(`^${person.name}`) }).waitFor();
    }
    await expectAccessible(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the register (CSV)' }).click()]);
    const text = readFileSync(await csv.path()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Body,Name,Role');
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the register for the website (HTML)' }).click()]);
    const fragment = readFileSync(await html.path()).toString('utf8');
    expect(fragment).toContain('<table');
    expect(fragment).not.toContain('<script');
    await page.close();
  }, SLOW);
});
