import { addPerson, bearer, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls } from './support/web-pages';
import { webDemoSuite } from './support/web-suite';

/*
 * A policy's owner in the browser: Libra's headteacher names a member of staff as the owner of
 * the behaviour policy; the policy page and the register show the name. A governor sees the
 * owner but is offered no way to change it.
 */
const SLOW = 90_000;

describe('the policy owner in the web app', () => {
  const leadName = 'Dana Lead';
  let leadId: string;
  let adminToken: string;

  const web = webDemoSuite();

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
    leadId = (await addPerson(web.app, web.demo.trustId, adminToken, [{ role: 'staff', schoolId: web.demo.schools.libra }], { name: leadName })).id;
  }, 60_000);

  const behaviour = () => web.demo.policies.behaviour;
  const policyRoute = () => `${web.url}/#/schools/${web.demo.schools.libra}/policies/${behaviour().id}`;

  it('lets the headteacher name the owner from the school’s people, then shows them on the policy and in the register', async () => {
    const page = await web.pages.signIn(web.demo.people.head);
    await page.goto(policyRoute());
    await page.getByRole('heading', { level: 1, name: behaviour().title }).waitFor();
    expect(await page.getByTestId('policy-owner').textContent()).toContain('Not named yet');
    await page.getByRole('link', { name: 'Change the owner' }).click();
    await page.getByRole('heading', { level: 1, name: `Change the owner: ${behaviour().title}` }).waitFor();

    const offered = await page.getByLabel('Policy owner', { exact: true }).locator('option').allTextContents();
    expect(offered).toEqual(expect.arrayContaining([leadName, web.demo.people.head.name, web.demo.people.admin.name]));
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Policy owner', { exact: true }).selectOption({ label: leadName });
    await page.getByRole('button', { name: 'Save the owner' }).click();
    await page.getByTestId('saved').getByText(`${leadName} owns ${behaviour().title} at Libra School.`).waitFor();

    await page.getByRole('link', { name: 'Back to the policy' }).click();
    await page.getByTestId('policy-owner').getByText(leadName).waitFor();
    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}`);
    const row = page.getByTestId('register').getByRole('row').filter({ hasText: behaviour().title });
    await row.getByRole('cell', { name: leadName }).waitFor();
    await page.close();
  }, SLOW);

  it('shows a governor the owner without the way to change it', async () => {
    // Named already by the test above (200) or here (201).
    const named = await web.app.http.post(`/api/trusts/${web.demo.trustId}/schools/${web.demo.schools.libra}/policies/${behaviour().id}/owner`).set(bearer(adminToken)).send({ personId: leadId });
    expect([200, 201]).toContain(named.status);
    const page = await web.pages.signIn(web.demo.people.governor);
    await page.goto(policyRoute());
    await page.getByTestId('policy-owner').getByText(leadName).waitFor();
    expect(await page.getByRole('link', { name: 'Change the owner' }).count()).toBe(0);
    await page.close();
  }, SLOW);
});
