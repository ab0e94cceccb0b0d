import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { addPerson, createTrust, uniqueEmail } from './support/fixtures';
import { OPERATOR_TOKEN } from './support/test-app';
import { accessibilityViolations, WebPerson } from './support/web-pages';
import { webSuite } from './support/web-suite';

/*
 * Issue #19's acceptance test: a new trust set up and used in Chromium alone.
 *
 * The operator creates the trust and its first admin through the API (that is the operator's
 * job, as in production: README "The operator creates a trust and its first admin"). From then
 * on every step is done through the pages as a person would (labels, roles and words) and
 * nothing is written through the API: the first admin adds two schools, three people with roles
 * and invites two of them by email, five policies from the statutory catalogue, a version with a
 * link to its document, the trust board's approval and a link governor; the governor follows
 * the invitation caught by the test's SMTP server, sets a password and logs a visit; the clerk
 * (invited the same way: the admin never knows anyone's password, as a real trust would want)
 * downloads the term's pack as Word; and the dashboard shows the figures those steps imply,
 * worked out below from the rules, not read from the API. Axe runs on every page visited at
 * desktop size, and on the journey's main pages again at phone size.
 */
const SLOW = 180_000;
const TODAY = '2026-11-24'; // Autumn 2026 in the default term dates
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const FIVE_POLICIES = [
  'Safeguarding and child protection policy',
  'Staff code of conduct',
  'Behaviour policy',
  'Online safety policy',
  'Accessibility plan',
];
const OAK = 'Oak Hill Primary';
const RAVENS = 'Ravens Wood Secondary';
const VISIT_PURPOSE = 'Termly safeguarding meeting with the designated safeguarding lead';

describe('issue #19: a new trust set up and used in the browser, without an API call after the operator’s', () => {
  let admin: WebPerson;
  const people = {
    governor: { name: 'Tom Okafor', email: uniqueEmail('governor'), password: 'lantern orbit biscuit 58' },
    clerk: { name: 'Priya Shah', email: uniqueEmail('clerk'), password: 'harbour velvet pickle 73' },
    head: { name: 'Helen Price', email: uniqueEmail('head') },
  };
  /** What axe found, page by page; each test expects none. */
  const found: string[] = [];

  const web = webSuite({ env: { CLOCK_TODAY: TODAY }, smtp: true, viewport: DESKTOP, timeout: SLOW });

  beforeAll(async () => {
    // The operator's job, and the only API calls that write anything: the trust and its first admin.
    const trustId = await createTrust(web.app, 'Meadow Learning Trust');
    const first = await addPerson(web.app, trustId, OPERATOR_TOKEN, [{ role: 'trust-admin' }], { name: 'Grace Adeyemi' });
    admin = { name: first.name, email: first.email, password: first.password };
  }, SLOW);

  afterEach(() => {
    expect(found.splice(0)).toEqual([]);
  });

  /** Runs axe on the page as it stands and notes what it finds under `where`. */
  async function axe(page: Page, where: string): Promise<void> {
    for (const violation of await accessibilityViolations(page)) found.push(`${page.viewportSize()?.width}px ${where}: ${violation}`);
  }

  async function heading(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Submits with the named button, waits for the saved notice that replaces the form, and checks the page. */
  async function submitAndWait(page: Page, button: string, where: string): Promise<void> {
    await page.getByRole('button', { name: button }).click();
    await page.getByTestId('saved').waitFor();
    expect(await page.getByRole('button', { name: button }).count()).toBe(0);
    await axe(page, `${where}, saved`);
  }

  /** The link in the newest email to `address`, pointed at this test's server. */
  async function linkIn(address: string): Promise<string> {
    for (;;) {
      const mail = web.smtp.accepted.filter((m) => m.to.includes(address)).at(-1);
      const link = mail && /https?:\/\/\S+\/#\/\S+/.exec(mail.text)?.[0];
      if (link) return `${web.url}${link.slice(link.indexOf('/#/'))}`;
      await web.smtp.waitForAccepted(web.smtp.accepted.length + 1);
    }
  }

  /** Follows the invitation emailed to `person`, sets their password and lands on their home page, signed in. */
  async function acceptInvitation(person: WebPerson): Promise<Page> {
    const page = await web.pages.newPage();
    await page.goto(await linkIn(person.email));
    await heading(page, 'Set your password');
    await axe(page, 'set your password');
    await page.getByLabel('New password').fill(person.password);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await heading(page, `Welcome, ${person.name}`);
    await axe(page, `${person.name}’s home`);
    return page;
  }

  /** Signs in on the sign-in page (checked by axe, empty and refusing a wrong password) and checks the home page it lands on. */
  async function signIn(person: WebPerson): Promise<Page> {
    const page = await web.pages.newPage();
    await page.goto(`${web.url}/`);
    await heading(page, 'Sign in');
    await axe(page, 'Sign in');
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(`${person.password} typo`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email address or password is not right').waitFor();
    await axe(page, 'Sign in, wrong password');
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, `Welcome, ${person.name}`);
    await axe(page, `${person.name}’s home`);
    return page;
  }

  const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  const figure = async (page: Page, testId: string) => (await page.getByTestId(testId).locator('dd').textContent())?.trim();

  it('the first admin adds two schools and three people with roles, and invites the governor and the clerk by email', async () => {
    const page = await signIn(admin);
    await page.getByRole('heading', { name: 'Set up the trust' }).waitFor();
    await menu(page, 'Manage the trust');
    await heading(page, 'Manage the trust');
    await axe(page, 'Manage the trust');

    await page.getByRole('link', { name: 'Schools', exact: true }).click();
    await heading(page, 'Schools');
    await axe(page, 'Schools');
    for (const [name, urn, phase] of [[OAK, '137512', 'Primary'], [RAVENS, '144290', 'Secondary']]) {
      await page.getByRole('link', { name: 'Add a school' }).click();
      await heading(page, 'Add a school');
      await axe(page, 'Add a school');
      await page.getByLabel('School name').fill(name);
      await page.getByLabel('URN (optional)').fill(urn);
      await page.getByLabel(phase, { exact: true }).check();
      await submitAndWait(page, 'Add the school', 'Add a school');
      await menu(page, 'Manage the trust');
      await page.getByRole('link', { name: 'Schools', exact: true }).click();
      await heading(page, 'Schools');
    }
    await page.getByRole('cell', { name: OAK }).or(page.getByRole('rowheader', { name: OAK })).first().waitFor();
    await page.getByRole('cell', { name: RAVENS }).or(page.getByRole('rowheader', { name: RAVENS })).first().waitFor();

    const add = async (who: { name: string; email: string }, role: string, school?: string) => {
      await menu(page, 'Manage the trust');
      await page.getByRole('link', { name: 'People and roles', exact: true }).click();
      await heading(page, 'People and roles');
      await page.getByRole('link', { name: 'Add a person' }).click();
      await heading(page, 'Add a person');
      await axe(page, 'Add a person');
      await page.getByLabel('Full name').fill(who.name);
      await page.getByLabel('Email address').fill(who.email);
      await page.getByLabel(role, { exact: true }).check();
      if (school) await page.getByLabel('School', { exact: true }).selectOption({ label: school });
      await submitAndWait(page, 'Add the person', `Add a person (${role})`);
    };
    await add(people.governor, 'Governor', OAK);
    // A clerk for the whole trust: they prepare the trust board's and every school's papers.
    await add(people.clerk, 'Clerk');
    await add(people.head, 'Headteacher', RAVENS);

    await page.getByRole('link', { name: 'See everyone' }).click();
    await heading(page, 'People and roles');
    await axe(page, 'People and roles');
    for (const who of [people.governor, people.clerk]) {
      await page.getByRole('link', { name: who.name, exact: true }).click();
      await heading(page, who.name);
      await axe(page, `${who.name}’s page`);
      await submitAndWait(page, 'Send an invitation', `${who.name}’s invitation`);
      await page.getByText(`An invitation is on its way to ${who.email}`).waitFor();
      await page.getByRole('link', { name: 'See everyone' }).click();
      await heading(page, 'People and roles');
    }
    // Each person on the list with their role, in words.
    const list = (await page.locator('main').textContent()) ?? '';
    expect(list).toContain(`Governor at ${OAK}`);
    expect(list).toContain(`Headteacher at ${RAVENS}`);
    expect(list).toContain('Clerk');
    await page.close();
  }, SLOW);

  it('the first admin adds five policies from the catalogue, a version with its document link, the trust board’s approval and a link governor', async () => {
    const page = await signIn(admin);
    await menu(page, 'Manage the trust');
    await page.getByRole('link', { name: 'Policies', exact: true }).click();
    await heading(page, 'Policies');
    await axe(page, 'Policies');
    await page.getByRole('link', { name: 'Add from the statutory catalogue' }).click();
    await heading(page, 'Add from the statutory catalogue');
    await axe(page, 'the statutory catalogue');
    for (const title of FIVE_POLICIES) await page.getByRole('checkbox', { name: `${title} (` }).check();
    await submitAndWait(page, 'Add the policies', 'the statutory catalogue');
    expect((await page.getByTestId('added-policies').locator('li').allTextContents()).length).toBe(5);

    await page.getByTestId('added-policies').getByRole('link', { name: 'Staff code of conduct' }).click();
    await heading(page, 'Staff code of conduct');
    await axe(page, 'Staff code of conduct (admin)');
    await page.getByRole('link', { name: 'Add a version' }).click();
    await heading(page, 'Add a version of Staff code of conduct');
    await axe(page, 'Add a version');
    await page.getByLabel('What changed').fill('First version, from the trust’s model code of conduct.');
    await page.getByLabel('Link to the document (optional)').fill('https://sharepoint.example.org/policies/code-of-conduct-v1.docx');
    await submitAndWait(page, 'Add the version', 'Add a version');

    await page.getByRole('link', { name: 'Record its approval' }).click();
    await heading(page, 'Record the approval of Staff code of conduct');
    await axe(page, 'Record the approval');
    await page.getByLabel('Version approved').selectOption({ label: 'Version 1' });
    await page.getByLabel('Date it was approved').fill('17/11/2026');
    await page.getByLabel('Approved by').selectOption({ label: 'Trust board' });
    await page.getByLabel('Minute reference (optional)').fill('TB/2026/14');
    await submitAndWait(page, 'Record the approval', 'Record the approval');

    // The policy's page: version 1 approved, its next review a year after the approval.
    await menu(page, 'Manage the trust');
    await page.getByRole('link', { name: 'Policies', exact: true }).click();
    await page.getByRole('link', { name: 'Staff code of conduct', exact: true }).click();
    await heading(page, 'Staff code of conduct');
    await axe(page, 'Staff code of conduct (admin), approved');
    const summary = (await page.locator('main dl').first().textContent()) ?? '';
    expect(summary).toContain('Approved versionVersion 1');
    expect(summary).toContain('Approved byTrust board');
    expect(summary).toContain('Next review due17 November 2027');

    await menu(page, 'Manage the trust');
    await page.getByRole('link', { name: 'Link governors', exact: true }).click();
    await heading(page, 'Link governors');
    await axe(page, 'Link governors');
    await page.getByRole('link', { name: `Assign a link governor at ${OAK}` }).click();
    await heading(page, `Assign a link governor at ${OAK}`);
    await axe(page, 'Assign a link governor');
    await page.getByLabel('Governor', { exact: true }).selectOption({ label: people.governor.name });
    await page.getByLabel('Area they monitor').fill('Safeguarding');
    await page.getByRole('checkbox', { name: 'Safeguarding and child protection policy' }).check();
    await submitAndWait(page, 'Assign the link governor', 'Assign a link governor');
    await page.getByRole('link', { name: 'See all link governors' }).click();
    await heading(page, 'Link governors');
    const links = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: people.governor.name }) });
    expect(await links.textContent()).toContain('Safeguarding');
    await page.close();
  }, SLOW);

  it('the governor follows the invitation email, sets a password and logs a visit with their area already ticked', async () => {
    const page = await acceptInvitation(people.governor);
    await page.getByText('Your link governor areas').waitFor();
    // Nothing is due at Oak Hill, and the page does not pretend that policies nobody adopted are in date.
    await page.getByText('No review is due. The school has not adopted any of its 5 policies yet.').waitFor();
    await page.getByRole('link', { name: 'Log a visit' }).first().click();
    await heading(page, `Log a visit to ${OAK}`);
    await axe(page, 'Log a visit');
    expect(await page.getByRole('checkbox', { name: 'Safeguarding and child protection policy' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Behaviour policy' }).isChecked()).toBe(false);
    await page.getByLabel('Date of the visit').fill('20/11/2026');
    await page.getByLabel('Purpose of the visit').fill(VISIT_PURPOSE);
    await page.getByLabel('What you found').fill('The single central record is up to date; safer recruitment training is booked for January.');
    await submitAndWait(page, 'Log the visit', 'Log a visit');
    await page.getByRole('link', { name: 'See it in the history of Safeguarding and child protection policy' }).click();
    await heading(page, 'Safeguarding and child protection policy');
    await page.locator('.entry-new').getByText(`Link governor visit on 20 November 2026 by you: ${VISIT_PURPOSE}`).waitFor();
    await axe(page, 'the policy’s history after the visit');
    await page.close();
  }, SLOW);

  it('the clerk follows their invitation, downloads the term’s pack as Word naming the visit, and sees the figures the journey implies', async () => {
    const page = await acceptInvitation(people.clerk);

    /*
     * The figures, from the rules (README "Policies and governance work", "Read models"): both
     * schools' registers list all five policies (four school-scope, and the trust-scope code of
     * conduct). Nobody has adopted anything, so each of the 10 rows is "not adopted" (a trust-scope
     * policy counts as not adopted at a school until the school adopts a version, whatever the
     * trust approved); compliance is in date plus due soon over all rows, 0 of 10 = 0%; nothing is
     * overdue or due soon; all five need an equality impact assessment and none has one, so 10
     * EIAs are missing; no policy is adopted, so "0 of 0 adopted" were evaluated; the governor
     * logged a visit but wrote no link governor report, so 0 reports this term; no headteacher's
     * termly report, 0 of 2.
     */
    const expected: Record<string, string> = {
      'figure-compliance': '0%',
      'figure-schools': '2',
      'figure-overdue': '0',
      'figure-due-soon': '0',
      'figure-not-adopted': '10',
      'figure-eia-missing': '10',
      'figure-eia-out-of-date': '0',
      'figure-evaluated': '0 of 0 adopted',
      'figure-link-reports': '0',
      'figure-termly-reports': '0 of 2',
    };
    for (const [testId, value] of Object.entries(expected)) expect([testId, await figure(page, testId)]).toEqual([testId, value]);
    await page.getByText('No school has an overdue review.').waitFor();

    await menu(page, 'Compliance');
    await heading(page, 'Compliance across the trust');
    await axe(page, 'Compliance across the trust');
    for (const [testId, value] of Object.entries(expected)) expect([testId, await figure(page, testId)]).toEqual([testId, value]);
    // Each school: 5 policies, none adopted, 5 EIAs missing, no link governor report, no head's report.
    const schoolRow = async (name: string) => page.getByTestId('schools-table').getByRole('row').filter({ has: page.getByRole('link', { name }) }).locator('th, td').allTextContents();
    for (const name of [OAK, RAVENS]) {
      expect(await schoolRow(name)).toEqual([name, '0%', '0', '0', '0', '5', '0', '5', '0', '0 of 0', '0', '0', 'Not yet']);
    }
    // The heat map: 5 policies by 2 schools, every square "Not adopted".
    expect(await page.getByTestId('heatmap').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('heatmap').locator('a.heat.status-not-adopted').count()).toBe(10);

    // The code of conduct at Oak Hill: not adopted there, but its next review follows the trust board's approval (17 November 2026 + 12 months).
    await page.getByTestId('schools-table').getByRole('link', { name: OAK }).click();
    await heading(page, `${OAK}: policy register`);
    await axe(page, `${OAK}’s register`);
    const conduct = page.getByTestId('register').getByRole('row').filter({ has: page.getByRole('link', { name: 'Staff code of conduct' }) });
    expect(await conduct.textContent()).toContain('Not adopted');
    expect(await conduct.textContent()).toContain('17 November 2027');
    await conduct.getByRole('link', { name: 'Staff code of conduct' }).click();
    await heading(page, 'Staff code of conduct');
    await axe(page, 'Staff code of conduct at Oak Hill');
    const history = page.getByRole('list', { name: 'History of Staff code of conduct' });
    await history.getByText('Version 1 approved by the trust board on 17 November 2026.').waitFor();
    await history.getByText('Minute reference: TB/2026/14.').waitFor();
    expect(await history.getByRole('link', { name: 'The document of version 1' }).getAttribute('href')).toBe('https://sharepoint.example.org/policies/code-of-conduct-v1.docx');

    // The pack for Oak Hill's governing body, Autumn 2026.
    await menu(page, 'Clerk’s pack');
    await heading(page, 'Clerk’s termly pack');
    await axe(page, 'Clerk’s termly pack');
    await page.getByLabel('Term').selectOption('2026-autumn');
    await page.getByRole('radio', { name: `${OAK}: local governing body` }).check();
    await page.getByRole('button', { name: 'Preview the minutes inputs' }).click();
    const preview = page.getByTestId('minutes-preview');
    await preview.waitFor();
    await axe(page, 'Clerk’s termly pack, preview');
    expect(await preview.textContent()).toContain(VISIT_PURPOSE);

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word document (recommended)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    await page.getByText(`${docx.suggestedFilename()} downloaded.`).waitFor();
    const bytes = readFileSync(await docx.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain(`Inputs for the minutes: Local governing body of ${OAK}, Autumn 2026`);
    // One visit this term, the governor's, with the policy they looked at; and their report missing.
    expect(words).toContain(`Visits this term Date Link governor Purpose Findings Policies Actions 20 November 2026 ${people.governor.name} ${VISIT_PURPOSE}`);
    expect(words.split(`20 November 2026 ${people.governor.name}`)).toHaveLength(2);
    expect(words).toContain('No link governor report was submitted this term.');
    expect(words).toContain(`Link governors who have not reported this term ${people.governor.name} (Safeguarding)`);
    // The trust's approval waits for the school's adoption.
    expect(words).toContain('That the local governing body adopts version 1 of “Staff code of conduct”, as approved by the trust.');
    await page.close();
  }, SLOW);

  it('has nothing axe finds wrong on the journey’s main pages on a phone', async () => {
    const routes: [WebPerson, string, string | RegExp][] = [
      [admin, '/admin', 'Manage the trust'],
      [admin, '/admin/schools/new', 'Add a school'],
      [admin, '/admin/people/new', 'Add a person'],
      [admin, '/admin/policies/catalogue', 'Add from the statutory catalogue'],
      [admin, '/admin/link-governors', 'Link governors'],
      [people.governor, '/', `Welcome, ${people.governor.name}`],
      [people.clerk, '/', `Welcome, ${people.clerk.name}`],
      [people.clerk, '/compliance', 'Compliance across the trust'],
      [people.clerk, '/clerk?term=2026-autumn', 'Clerk’s termly pack'],
    ];
    const signedIn = new Map<string, Page>();
    for (const [person, route, name] of routes) {
      let page = signedIn.get(person.email);
      if (!page) {
        page = await web.pages.signIn(person, PHONE);
        signedIn.set(person.email, page);
      }
      await page.goto(`${web.url}/#${route}`);
      await heading(page, name);
      await axe(page, route);
    }
    // The governor's visit form, reached as on a phone: from their home page.
    const governor = signedIn.get(people.governor.email) as Page;
    await governor.goto(`${web.url}/#/`);
    await governor.getByRole('link', { name: 'Log a visit' }).first().click();
    await heading(governor, `Log a visit to ${OAK}`);
    await axe(governor, 'Log a visit');
    for (const page of signedIn.values()) await page.close();
  }, SLOW);
});
