import type { Page } from 'playwright-core';
import { addPerson, bearer, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * The clerk's meetings area in the browser: the clerk sets up a trust board meeting, records
 * the attendance (quorate), records the approval of a policy with its minute reference, sees it
 * listed, and the policy's page shows the reference; the same reference again is refused with
 * the server's message beside the field and nothing is recorded. Every page is checked by axe.
 */
const SLOW = 120_000;

describe('the clerk’s meetings in the web app', () => {
  let adminToken: string;
  const trustees: string[] = [];

  const web = webDemoSuite();

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
    // The board needs three members present to be quorate: two more trustees besides Margaret Hale.
    for (const name of ['Olu Adeyemi', 'Claire Dunn']) trustees.push((await addPerson(web.app, web.demo.trustId, adminToken, [{ role: 'trustee' }], { name })).id);
    // Version 2 of the complaints policy, for the board to approve.
    await web.app.http.post(`/api/trusts/${web.demo.trustId}/policies/${web.demo.policies.complaints.id}/versions`).set(bearer(adminToken)).send({ summary: 'Updated for the new DfE guidance' }).expect(201);
  }, 60_000);

  const field = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
  }

  async function meetingOf(meetingId: string): Promise<{ decisions: { minuteRef: string; kind: string }[]; quorate: boolean }> {
    return (await web.app.http.get(`/api/trusts/${web.demo.trustId}/meetings/${meetingId}`).set(bearer(adminToken)).expect(200)).body as never;
  }

  it('walks a board meeting: set up, attendance making it quorate, an approval with its minute reference, a repeated reference refused', async () => {
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByText('No meetings to come are set up.').waitFor();
    await page.getByText('No meetings have been held yet.').waitFor();
    await expectAccessible(page);

    // Set up: nothing chosen is refused in the form, with the error beside the question.
    await page.getByRole('link', { name: 'Set up a meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up a meeting' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Set up the meeting' }).click();
    await page.locator('.error-summary').getByText('Choose which body is meeting').waitFor();
    await page.getByRole('group', { name: 'Which body is meeting?' }).getByText('Choose which body is meeting').waitFor();
    await expectAccessible(page);
    // The school's list shows only for a local governing body.
    expect(await page.getByLabel('Which school’s local governing body?').isHidden()).toBe(true);
    await page.getByLabel('Trust board').check();
    await page.getByLabel('Date of the meeting').fill('20/11/2026');
    await page.getByLabel('Title (optional)').fill('Autumn board');
    await page.getByRole('button', { name: 'Set up the meeting' }).click();
    await page.getByTestId('saved').getByText('The meeting on 20 November 2026 is set up.').waitFor();
    await page.getByRole('link', { name: 'Back to the meetings' }).click();
    const listed = page.getByTestId('meetings-table').getByRole('row').filter({ hasText: 'Trust board: Autumn board' });
    await listed.getByText('20 November 2026').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'meetings');
    await listed.getByRole('link', { name: 'Trust board: Autumn board' }).click();

    // The meeting's page: details, attendance and decisions.
    await page.getByRole('heading', { level: 1, name: 'Trust board: Autumn board, 20 November 2026' }).waitFor();
    const meetingId = decodeURIComponent(new URL(page.url()).hash.split('/')[2].split('?')[0]);
    await page.getByText('No attendance is recorded yet.').waitFor();
    await expectAccessible(page);
    for (const name of ['Margaret Hale', 'Olu Adeyemi', 'Claire Dunn']) await page.getByRole('group', { name }).getByLabel('Present').check();
    await page.getByRole('button', { name: 'Save the attendance' }).click();
    await page.getByTestId('saved').getByText('The attendance is saved: quorate.').waitFor();
    expect(await page.getByTestId('quorum').textContent()).toBe('Quorate. 3 of 3 members present; the quorum is 3: quorate.');
    expect((await meetingOf(meetingId)).quorate).toBe(true);

    // A decision: the board approves version 2 of the complaints policy, minute TB/2026/14.
    const decision = page.getByRole('form', { name: 'Record a decision' });
    await decision.getByLabel('Approve a policy (the trust’s version)').check();
    await decision.getByLabel('Minute reference').fill('TB/2026/14');
    await decision.getByLabel('Policy', { exact: true }).selectOption(web.demo.policies.complaints.id);
    expect(await decision.getByLabel('Version', { exact: true }).inputValue()).toBe('2');
    await expectAccessible(page);
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByTestId('saved').getByText('Decision TB/2026/14 is recorded.').waitFor();
    const row = page.getByTestId('decisions-table').getByRole('row').filter({ hasText: 'TB/2026/14' });
    await row.getByText(`Approve a policy: ${web.demo.policies.complaints.title}, version 2`).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'meeting');

    // The same reference again, for a note: the server's refusal beside the field; nothing recorded.
    await page.getByRole('link', { name: 'Record another decision' }).click();
    await page.getByTestId('decisions-table').getByText('TB/2026/14').waitFor();
    const again = page.getByRole('form', { name: 'Record a decision' });
    await again.getByLabel('A note of any other resolution').check();
    await again.getByLabel('Minute reference').fill('TB/2026/14');
    await again.getByLabel('The resolution').fill('The board thanked the outgoing chair.');
    await again.getByRole('button', { name: 'Record the decision' }).click();
    const refusal = 'Minute reference TB/2026/14 is already used for another decision of this meeting; give each decision its own reference.';
    await field(page, 'Minute reference').getByText(refusal).waitFor();
    await page.locator('.error-summary').getByRole('link', { name: refusal }).waitFor();
    expect(await page.getByLabel('Minute reference').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'meeting-minute-ref-refused');
    expect((await meetingOf(meetingId)).decisions.map((taken) => [taken.kind, taken.minuteRef])).toEqual([['approve-policy', 'TB/2026/14']]);

    // The policy's page at a school shows the minute reference of the board's approval.
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/policies/${web.demo.policies.complaints.id}`);
    expect(await page.getByTestId('minute-ref').textContent()).toBe('TB/2026/14');

    // Each member's year: Margaret Hale attended the one board meeting.
    await page.goto(`${web.url}/#/people/${web.demo.people.trustee.id}/attendance`);
    await page.getByRole('heading', { level: 1, name: 'Margaret Hale: attendance at meetings' }).waitFor();
    expect(await page.getByTestId('attendance-summary').textContent()).toBe('Attended 1 of the 1 meeting they were expected at.');
    await page.getByRole('row').filter({ hasText: '20 November 2026' }).getByText('Present').waitFor();
    await expectAccessible(page);
    await page.close();
  }, SLOW);

  it('moves a meeting and cancels it after a confirmation: it stays listed, marked cancelled', async () => {
    const created = await web.app.http.post(`/api/trusts/${web.demo.trustId}/meetings`).set(bearer(adminToken)).send({ body: 'committee', committee: 'Finance and Audit', date: '2026-12-08' }).expect(201);
    const meetingId = (created.body as { id: string }).id;
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: 'Finance and Audit committee, 8 December 2026' }).waitFor();
    await page.getByText('Decisions can be recorded once the meeting has taken place.').waitFor();
    await page.getByRole('link', { name: 'Move this meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Move a meeting' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('New date of the meeting').fill('10/12/2026');
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    await page.getByTestId('saved').getByText('The meeting is moved to 10 December 2026.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Back to the meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Finance and Audit committee, 10 December 2026' }).waitFor();

    await page.getByRole('link', { name: 'Cancel this meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cancel a meeting' }).waitFor();
    await page.getByText('Are you sure you want to cancel Finance and Audit committee, 10 December 2026?').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Reason (optional)').fill('Not enough members available');
    await page.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await page.getByTestId('saved').getByText('The meeting is cancelled.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Back to the meetings' }).click();
    const listed = page.getByTestId('meetings-table').getByRole('row').filter({ hasText: 'Finance and Audit committee' });
    await listed.getByText('Cancelled').waitFor();
    await page.getByRole('link', { name: 'Finance and Audit committee' }).click();
    await page.getByText('This meeting was cancelled.').waitFor();
    expect(await page.getByRole('link', { name: 'Move this meeting' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Attendance' }).count()).toBe(0);
    await expectAccessible(page);
    await page.close();
  }, SLOW);

  it('shows the scheme of delegation’s refusal beside the policy and records the decision as an exception with a reason', async () => {
    const base = `/api/trusts/${web.demo.trustId}`;
    const dataProtection = web.demo.policies['data-protection'];
    await web.app.http.put(`${base}/scheme-of-delegation`).set(bearer(adminToken)).send({ rules: [{ approver: 'committee', policyId: dataProtection.id }] }).expect(200);
    await web.app.http.post(`${base}/policies/${dataProtection.id}/versions`).set(bearer(adminToken)).send({ summary: 'Updated retention schedule' }).expect(201);
    const created = await web.app.http.post(`${base}/meetings`).set(bearer(adminToken)).send({ body: 'trust-board', date: '2026-11-23' }).expect(201);
    const meetingId = (created.body as { id: string }).id;
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/meetings/${meetingId}`);
    const decision = page.getByRole('form', { name: 'Record a decision' });
    await decision.getByLabel('Approve a policy (the trust’s version)').check();
    await decision.getByLabel('Minute reference').fill('TB/2026/20');
    await decision.getByLabel('Policy', { exact: true }).selectOption(dataProtection.id);
    expect(await decision.getByTestId('scheme-exception').isHidden()).toBe(true);
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await field(page, 'Policy').locator('.field-error:not([hidden])').waitFor();
    expect(await decision.getByTestId('scheme-says').textContent()).toBe('The scheme of delegation says a committee decides this policy.');
    expect((await meetingOf(meetingId)).decisions).toEqual([]);
    await expectAccessible(page);
    await decision.getByLabel('Record as an exception to the scheme').check();
    await decision.getByLabel('Reason for the exception').fill('The committee did not meet this term; the board approved it.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByTestId('saved').getByText('Decision TB/2026/20 is recorded.').waitFor();
    expect((await meetingOf(meetingId)).decisions.map((taken) => [taken.kind, taken.minuteRef])).toEqual([['approve-policy', 'TB/2026/20']]);
    await page.close();
  }, SLOW);

  it('shows Meetings only to those the access table lets list them', async () => {
    const staff = await addPerson(web.app, web.demo.trustId, adminToken, [{ role: 'staff', schoolId: web.demo.schools.libra }], { name: 'Pat Staff' });
    const page = await web.pages.signIn({ email: staff.email, password: staff.password, name: 'Pat Staff' });
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).count()).toBe(0);
    await page.close();
    const governor = await web.pages.signIn(web.demo.people.governor);
    await governor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
    await governor.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    // A governor reads the meetings; setting one up is the clerk's.
    expect(await governor.getByRole('link', { name: 'Set up a meeting' }).count()).toBe(0);
    await governor.close();
  }, SLOW);
});
