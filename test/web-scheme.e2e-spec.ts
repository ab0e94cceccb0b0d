import type { Page } from 'playwright-core';
import { bearer, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * The scheme of delegation in the browser: the trust admin sets a rule (the local governing
 * body approves the behaviour policy); Libra's headteacher, adopting version 2 as approved by
 * the headteacher, is refused with the server's message beside the field and nothing is
 * recorded; the same adoption recorded as an exception with a reason is accepted, and the
 * register shows the body expected, flagged.
 */
const SLOW = 90_000;

describe('the scheme of delegation in the web app', () => {
  let adminToken: string;

  const web = webDemoSuite();

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
    await web.app.http.post(`/api/trusts/${web.demo.trustId}/policies/${web.demo.policies.behaviour.id}/versions`).set(bearer(adminToken)).send({ summary: 'Updated for the new suspensions guidance' }).expect(201);
  }, 60_000);

  const behaviour = () => web.demo.policies.behaviour;
  const libraBehaviour = async () => {
    const rows = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/schools/${web.demo.schools.libra}/policies`).set(bearer(adminToken)).expect(200)).body as { policyId: string; adoptedVersion: number | null; approvedBy?: string | null }[];
    return rows.find((row) => row.policyId === behaviour().id);
  };
  const field = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) });

  it('lets the trust admin add a rule, refusing an incomplete one, and save the scheme', async () => {
    const page = await web.pages.signIn(web.demo.people.admin);
    await page.goto(`${web.url}/#/admin`);
    await page.getByRole('link', { name: 'Scheme of delegation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scheme of delegation' }).waitFor();
    await page.getByText('the most specific one wins').waitFor();
    expect(await page.getByTestId('scheme-rules').textContent()).toContain('No rules yet');

    // A rule that covers nothing in particular is refused in the form, before anything is sent.
    await page.getByLabel('Approved by', { exact: true }).selectOption({ label: 'Local governing body' });
    await page.getByRole('button', { name: 'Add the rule' }).click();
    await page.locator('.error-summary').getByText('Choose a policy, a category or a school').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Policy', { exact: true }).selectOption({ label: behaviour().title });
    await page.getByRole('button', { name: 'Add the rule' }).click();
    expect(await page.locator('.error-summary').isHidden()).toBe(true);
    const rule = page.getByTestId('scheme-rules').getByRole('row').filter({ hasText: behaviour().title });
    await rule.getByRole('rowheader', { name: 'Local governing body' }).waitFor();
    await page.getByText('Not saved yet').waitFor();

    // A second rule, for a whole school, added and removed again before saving.
    await page.getByLabel('Approved by', { exact: true }).selectOption({ label: 'Trust board' });
    await page.getByLabel('School', { exact: true }).selectOption({ label: 'Hollybank Academy' });
    await page.getByRole('button', { name: 'Add the rule' }).click();
    const schoolRule = page.getByTestId('scheme-rules').getByRole('row').filter({ hasText: 'Hollybank Academy' });
    await schoolRule.waitFor();
    await schoolRule.getByRole('button', { name: 'Remove the rule for every policy at Hollybank Academy' }).click();
    await schoolRule.waitFor({ state: 'detached' });
    expect(await page.getByTestId('scheme-rules').getByRole('button', { name: /^Remove/ }).count()).toBe(1);

    await page.getByRole('button', { name: 'Save the scheme' }).click();
    await page.getByTestId('scheme-saved').waitFor();
    await page.getByTestId('scheme-rules').getByRole('row').filter({ hasText: behaviour().title }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'scheme-of-delegation');

    const saved = await web.app.http.get(`/api/trusts/${web.demo.trustId}/scheme-of-delegation`).set(bearer(adminToken)).expect(200);
    expect(saved.body.rules).toEqual([{ approver: 'local-governing-body', policyId: behaviour().id, category: null, schoolId: null }]);
    await page.close();
  }, SLOW);

  it('shows the clerk the saved scheme to work to, without the controls to change it', async () => {
    const page = await web.pages.signIn(web.demo.people.clerk);
    await page.goto(`${web.url}/#/admin`);
    await page.getByRole('link', { name: 'Scheme of delegation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scheme of delegation' }).waitFor();
    await page.getByTestId('scheme-rules').getByRole('row').filter({ hasText: behaviour().title }).getByRole('rowheader', { name: 'Local governing body' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save the scheme' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, SLOW);

  it('refuses the headteacher’s adoption by another body with the server’s message, then records it as an exception with a reason, flagged in the register', async () => {
    const page = await web.pages.signIn(web.demo.people.head);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/policies/${behaviour().id}/adopt`);
    await page.getByRole('heading', { level: 1, name: `Record an adoption: ${behaviour().title}` }).waitFor();
    const body = page.getByLabel('Approved by', { exact: true });
    // The body the scheme gives is chosen to start with; nothing to explain yet.
    expect(await body.locator('option:checked').textContent()).toBe('Local governing body');
    expect(await page.getByTestId('scheme-exception').isHidden()).toBe(true);

    await page.getByLabel('Version adopted').fill('2');
    await body.selectOption({ label: 'Headteacher' });
    await page.getByTestId('scheme-says').getByText('The scheme of delegation says the local governing body approves this policy at Libra School.').waitFor();
    await page.getByRole('checkbox', { name: 'Record as an exception to the scheme' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sent without the exception: the server refuses it (422) and its message is shown at the field.
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    const refusal = field(page, 'Approved by').locator('.field-error');
    await refusal.getByText('under the trust\'s scheme of delegation').waitFor();
    expect(await refusal.textContent()).toContain('approved by the local governing body at Libra School');
    await page.locator('.error-summary').getByRole('link', { name: /scheme of delegation/ }).waitFor();
    await screenshot(page, 'adoption-wrong-body');
    expect(await libraBehaviour()).toMatchObject({ adoptedVersion: 1 });

    // An exception needs its reason.
    await page.getByRole('checkbox', { name: 'Record as an exception to the scheme' }).check();
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    await page.locator('.error-summary').getByText('Give the reason for the exception').waitFor();
    expect(await libraBehaviour()).toMatchObject({ adoptedVersion: 1 });

    await page.getByLabel('Reason for the exception').fill('The LGB meeting was cancelled; the head approved it to meet the DfE deadline');
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    await page.getByTestId('saved').getByText('The adoption is recorded.').waitFor();
    expect(await libraBehaviour()).toMatchObject({ adoptedVersion: 2, approvedBy: 'headteacher' });

    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}`);
    const row = page.getByTestId('register').getByRole('row').filter({ hasText: behaviour().title });
    const flag = row.getByTestId('approver-flag');
    await flag.waitFor();
    expect(await flag.textContent()).toContain('Headteacher (expected Local governing body)');
    expect(await flag.locator('.badge').textContent()).toContain('Exception');
    expect(await flag.textContent()).toContain('The LGB meeting was cancelled');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-approver-flag');

    await row.getByRole('link', { name: behaviour().title }).click();
    const summary = page.getByTestId('policy-summary');
    await summary.getByTestId('approver-flag').waitFor();
    expect(await summary.textContent()).toContain('Approved byHeadteacher (expected Local governing body)');
    expect(await summary.textContent()).toContain('To be approved byLocal governing body');
    await page.close();
  }, SLOW);

  it('checks a trust approval too: the expected body first, the refusal at the field, an exception with its reason', async () => {
    const complaints = web.demo.policies.complaints;
    const as = bearer(adminToken);
    const scheme = `/api/trusts/${web.demo.trustId}/scheme-of-delegation`;
    const rules = [{ approver: 'local-governing-body', policyId: behaviour().id }, { approver: 'committee', policyId: complaints.id }];
    await web.app.http.put(scheme).set(as).send({ rules }).expect(200);
    await web.app.http.post(`/api/trusts/${web.demo.trustId}/policies/${complaints.id}/versions`).set(as).send({ summary: 'New timescales' }).expect(201);
    const approvedVersion = async () => ((await web.app.http.get(`/api/trusts/${web.demo.trustId}/policies/${complaints.id}`).set(as).expect(200)).body as { approvedVersion: number }).approvedVersion;

    const page = await web.pages.signIn(web.demo.people.admin);
    await page.goto(`${web.url}/#/admin/policies/${complaints.id}/approve`);
    await page.getByRole('heading', { level: 1, name: `Record the approval of ${complaints.title}` }).waitFor();
    const body = page.getByLabel('Approved by', { exact: true });
    expect(await body.locator('option:checked').textContent()).toBe('Committee');
    await body.selectOption({ label: 'Trust board' });
    await page.getByTestId('scheme-says').getByText('The scheme of delegation says a committee approves this policy for the trust.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Meanwhile the scheme changes: the server's refusal names today's body, and the notice follows it.
    await web.app.http.put(scheme).set(as).send({ rules: [rules[0], { approver: 'headteacher', policyId: complaints.id }] }).expect(200);
    await page.getByRole('button', { name: 'Record the approval' }).click();
    await field(page, 'Approved by').locator('.field-error').getByText('approved by the headteacher under the trust\'s scheme of delegation').waitFor();
    await page.getByTestId('scheme-says').getByText('The scheme of delegation says the headteacher approves this policy for the trust.').waitFor();
    expect(await approvedVersion()).toBe(1);

    await page.getByRole('checkbox', { name: 'Record as an exception to the scheme' }).check();
    await page.getByLabel('Reason for the exception').fill('The board took it as the committee was not quorate');
    await page.getByRole('button', { name: 'Record the approval' }).click();
    await page.getByTestId('saved').waitFor();
    expect(await approvedVersion()).toBe(2);
    await page.close();
  }, SLOW);

  it('shows the dashboard’s count of adoptions by a body the scheme does not give', async () => {
    const page = await web.pages.signIn(web.demo.people.admin);
    await page.goto(`${web.url}/#/compliance`);
    await page.getByTestId('figure-wrong-approver').waitFor();
    const figures = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/compliance`).set(bearer(adminToken)).expect(200)).body as { totals: { wrongApprover: number } };
    expect(await page.getByTestId('figure-wrong-approver').locator('dd').textContent()).toBe(String(figures.totals.wrongApprover));
    await page.close();
  }, SLOW);
});
