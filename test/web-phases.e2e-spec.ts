import type { TrustPolicy } from '@governance/contracts';
import { bearer, headPosition, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls } from './support/web-pages';
import { webDemoSuite } from './support/web-suite';

/*
 * School phases in the browser: the careers statement (secondary-only in the catalogue) is in
 * Libra School's register (secondary) and not in Ravens Wood Primary's, which says which of the
 * trust's policies do not apply to it; a trust admin sets the phases a policy applies to.
 */
const SLOW = 90_000;
const CAREERS = 'Provider access policy statement (careers)';

describe('school phases in the web app', () => {
  let adminToken: string;
  let careersId: string;

  const web = webDemoSuite();

  beforeAll(async () => {
    adminToken = await loginAs(web.app, web.demo.people.admin);
    const added = await web.app.http.post(`/api/trusts/${web.demo.trustId}/policies/catalogue`).set(bearer(adminToken)).send({ keys: ['careers-provider-access'] }).expect(201);
    careersId = (added.body.added as { id: string }[])[0].id;
  }, 60_000);

  const policyOf = async (policyId: string): Promise<TrustPolicy> =>
    (await web.app.http.get(`/api/trusts/${web.demo.trustId}/policies/${policyId}`).set(bearer(adminToken)).set('X-Min-Position', await headPosition(web.app)).expect(200)).body as TrustPolicy;

  it('shows the careers statement in a secondary school’s register and not in a primary’s, which names it as not applying', async () => {
    const page = await web.pages.signIn(web.demo.people.admin);
    await page.goto(`${web.url}/#/schools/${web.demo.schools.ravens}`);
    const register = page.getByTestId('register');
    await register.getByRole('link', { name: web.demo.policies.behaviour.title }).waitFor();
    expect(await register.getByText(CAREERS).count()).toBe(0);
    expect(await page.getByTestId('not-applying').textContent()).toBe(`1 policy of the trust does not apply to a primary school: ${CAREERS}.`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${web.url}/#/schools/${web.demo.schools.libra}`);
    await page.getByTestId('register').getByRole('link', { name: CAREERS }).waitFor();
    expect(await page.getByTestId('not-applying').count()).toBe(0);

    // The heat map: a square at Libra, a dash where the statement does not apply.
    await page.goto(`${web.url}/#/compliance`);
    const careersRow = page.getByTestId('heatmap').getByRole('row').filter({ hasText: CAREERS });
    await careersRow.getByRole('link', { name: `${CAREERS} at Libra School` }).waitFor();
    await careersRow.getByRole('cell', { name: `${CAREERS} does not apply at Ravens Wood Primary` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  }, SLOW);

  it('lets a trust admin choose the phases of a new policy (all by default) and change those of a catalogue policy', async () => {
    const page = await web.pages.signIn(web.demo.people.admin);
    await page.goto(`${web.url}/#/admin/policies/new`);
    await page.getByRole('heading', { level: 1, name: 'Add a policy' }).waitFor();
    const phases = page.getByRole('group', { name: 'Applies to' });
    const boxes = phases.getByRole('checkbox');
    expect(await boxes.count()).toBe(7);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Title').fill('Sixth form dress code');
    await page.getByLabel(/Each school keeps its own/).check();
    for (const box of await boxes.all()) await box.uncheck();
    await page.getByRole('button', { name: 'Add the policy' }).click();
    await page.getByText('Tick at least one phase the policy applies to').first().waitFor();
    await phases.getByLabel('Secondary', { exact: true }).check();
    await phases.getByLabel('Sixteen plus (sixth form)', { exact: true }).check();
    await page.getByRole('button', { name: 'Add the policy' }).click();
    await page.getByTestId('saved').getByText('“Sixth form dress code” is added.').waitFor();
    const created = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/policies`).set(bearer(adminToken)).set('X-Min-Position', await headPosition(web.app)).expect(200)).body as TrustPolicy[];
    expect(created.find((p) => p.title === 'Sixth form dress code')?.appliesTo).toEqual(['secondary', 'sixteen-plus']);

    await page.goto(`${web.url}/#/admin/policies/catalogue`);
    await page.getByLabel(/^Admissions arrangements/).waitFor();
    expect(await page.getByText(/^Admissions arrangements/).textContent()).toContain('applies to: Primary, Secondary, All-through');
    expect(await page.getByText(/^Behaviour policy|^Complaints procedure|^First aid policy/).first().textContent()).toContain('applies to: All phases');

    await page.goto(`${web.url}/#/admin/policies/${careersId}`);
    await page.getByTestId('policy-details').getByText('Secondary, All-through, Special, Alternative provision, Sixteen plus (sixth form)').waitFor();
    await page.getByRole('link', { name: 'Change the phases it applies to' }).click();
    await page.getByRole('heading', { level: 1, name: `Applies to: ${CAREERS}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('group', { name: 'Applies to' }).getByLabel('Primary', { exact: true }).check();
    await page.getByRole('button', { name: 'Save the phases' }).click();
    await page.getByTestId('saved').getByText('The phases are saved.').waitFor();
    expect((await policyOf(careersId)).appliesTo).toContain('primary');

    await page.goto(`${web.url}/#/schools/${web.demo.schools.ravens}`);
    await page.getByTestId('register').getByRole('link', { name: CAREERS }).waitFor();
    // The dress code is for secondary and sixth-form schools only.
    expect(await page.getByTestId('not-applying').textContent()).toBe('1 policy of the trust does not apply to a primary school: Sixth form dress code.');
    await page.close();
  }, SLOW);
});
