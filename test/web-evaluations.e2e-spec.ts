import { standardEvaluationPoints } from '@governance/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations, unlabelledControls } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * Policy evaluations in the browser: Libra's headteacher fills in the evaluation form laid out
 * as the Libra paper form (each point Yes, No or N/A with evidence, then a statement of overall
 * effectiveness), and finds it in the policy's history, on the policy's page, in the register
 * and on the board's dashboard. A link governor is offered no form.
 */
const SLOW = 90_000;
const PHONE = { width: 390, height: 844 };

describe('policy evaluations in the web app', () => {
  const statement = 'It is effective and suitable for purpose; the behaviour budget is still to be agreed.';

  const web = webDemoSuite();

  const behaviour = () => web.demo.policies.behaviour;
  const policyRoute = () => `${web.url}/#/schools/${web.demo.schools.libra}/policies/${behaviour().id}`;
  const lastEvaluated = (page: Page) => page.getByTestId('policy-summary').locator('div', { hasText: 'Last evaluated' }).locator('dd');

  it('lets a headteacher record an evaluation on the paper form’s checklist, then shows it in the history, on the policy and in the register', async () => {
    const page = await web.pages.signIn(web.demo.people.head);
    await page.goto(policyRoute());
    await page.getByRole('heading', { level: 1, name: behaviour().title }).waitFor();
    expect(await lastEvaluated(page).textContent()).toBe('Never');
    await page.getByRole('link', { name: 'Evaluate this policy' }).click();
    await page.getByRole('heading', { level: 1, name: `Evaluate this policy: ${behaviour().title}` }).waitFor();

    // The checklist is the Libra form's, point for point, each answered in a named group.
    const points = await page.getByTestId('evaluation-checklist').locator('tbody th[scope="row"]').allTextContents();
    expect(points).toEqual([...standardEvaluationPoints]);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'evaluation-form');

    // Sent with nothing answered: one error for the checklist, and the statement missing.
    await page.getByRole('button', { name: 'Record the evaluation' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: /^Answer each point Yes, No or N\/A/ }).waitFor();
    await summary.getByRole('link', { name: 'Write a statement of the policy’s overall effectiveness' }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Partly answered: each point left is named.
    await page.getByRole('group', { name: 'Funding in place' }).getByRole('radio', { name: 'No' }).check();
    await page.getByRole('button', { name: 'Record the evaluation' }).click();
    await summary.getByRole('link', { name: 'Answer Yes, No or N/A for “Policy annually reviewed”' }).waitFor();
    expect(await summary.getByRole('link', { name: 'Answer Yes, No or N/A for “Funding in place”' }).count()).toBe(0);

    // "Yes to every point" fills only the points left, so Funding in place stays No.
    await page.getByRole('button', { name: 'Answer “Yes” to every point' }).click();
    await page.getByLabel('Evidence for “Funding in place” (optional)').fill('No budget line until April');
    await page.getByRole('group', { name: 'Local community aware of this policy' }).getByRole('radio', { name: 'N/A' }).check();
    await page.getByLabel('Date of the evaluation').fill('20/11/2026');
    await page.getByLabel('A statement outlining the overall effectiveness of this policy').fill(statement);
    await page.getByRole('button', { name: 'Record the evaluation' }).click();

    // Saved once: the form closes and what was saved stands in its place.
    await page.getByTestId('saved').getByText('The evaluation is recorded.').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    await page.getByTestId('saved-answers').getByText(statement).waitFor();

    await page.getByRole('link', { name: 'See the new entry in the policy’s history' }).click();
    const entry = page.locator('.entry-new');
    await entry.getByText('Policy evaluation by you on 20 November 2026: 24 yes, 1 no, 1 N/A.').waitFor();
    await entry.getByText(`Overall effectiveness: ${statement}`).waitFor();
    await entry.getByText('Answered No: Funding in place (No budget line until April)').waitFor();
    await screenshot(page, 'evaluation-history');
    expect(await lastEvaluated(page).textContent()).toBe(`20 November 2026: “${statement}”; 1 point answered No: Funding in place.`);

    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}`);
    const row = page.getByTestId('register').locator('tr', { has: page.getByRole('link', { name: behaviour().title, exact: true }) });
    await row.getByText('20 November 2026: “It is effective and suitable for purpose').waitFor();
    expect(await page.getByTestId('school-evaluated').locator('dd').textContent()).toMatch(/^1 of \d+$/);
    await page.close();
  }, SLOW);

  it('lays the form out on a phone with nothing wider than the screen, and axe finds nothing', async () => {
    const page = await web.pages.signIn(web.demo.people.head, PHONE);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}/policies/${web.demo.policies.attendance.id}/evaluate`);
    await page.getByTestId('evaluation-checklist').waitFor();
    await screenshot(page, 'phone-evaluation-form');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, SLOW);

  it('offers a link governor no evaluation form, and says why at its address', async () => {
    const page = await web.pages.signIn(web.demo.people.governor);
    await page.goto(policyRoute());
    await page.getByRole('heading', { level: 1, name: behaviour().title }).waitFor();
    expect(await page.getByRole('link', { name: 'Evaluate this policy' }).count()).toBe(0);
    await page.goto(`${policyRoute()}/evaluate`);
    await page.getByText('Your role does not allow this.').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    await page.close();
  }, SLOW);

  it('shows the trust board how many adopted policies were evaluated in the last 12 months', async () => {
    const page = await web.pages.signIn(web.demo.people.trustee);
    await page.goto(`${web.url}/#/compliance`);
    const figure = page.getByTestId('figure-evaluated');
    await figure.waitFor();
    expect(await figure.locator('dt').textContent()).toBe('Policies evaluated in the last 12 months');
    expect(await figure.locator('dd').textContent()).toMatch(/^1 of \d+ adopted$/);
    const libra = page.getByTestId('schools-table').locator('tr', { has: page.getByRole('link', { name: 'Libra School' }) });
    expect(await libra.locator('td').nth(8).textContent()).toMatch(/^1 of \d+$/);
    await page.close();
  }, SLOW);
});
