import type { Page } from 'playwright-core';
import type { AcknowledgementProgress, MyReading } from '@governance/contracts';
import { addPerson, bearer, loginAs } from './support/fixtures';
import { accessibilityViolations, unlabelledControls, WCAG_22_AA } from './support/web-pages';
import { screenshot, webDemoSuite } from './support/web-suite';

/*
 * A member of staff on a phone: asks for a sign-in link, opens it from the email, lands on what
 * they must read and acknowledges two policies; the school's progress counts them. A trust admin
 * turning a policy's acknowledgement off takes it out of the staff member's reading.
 */
const PHONE = { width: 390, height: 844 };
const NARROW_PHONE = { width: 320, height: 700 };
const SLOW = 120_000;
const BUTTON = 'I have read and understood this policy';

describe('web: a member of staff reads and acknowledges policies on a phone', () => {
  const web = webDemoSuite({ smtp: true, viewport: PHONE });

  /** The link in the newest email to `address`, pointed at this test's server. */
  async function linkIn(address: string): Promise<string> {
    for (;;) {
      const mail = web.smtp.accepted.filter((m) => m.to.includes(address)).at(-1);
      const link = mail && /https?:\/\/\S+\/#\/\S+/.exec(mail.text)?.[0];
      if (link) return `${web.url}${link.slice(link.indexOf('/#/'))}`;
      await web.smtp.waitForAccepted(web.smtp.accepted.length + 1);
    }
  }

  /** Whatever a phone user would have to scroll sideways to see: the page wider than the screen. */
  function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  }

  /** Everything a phone page is held to: no sideways scrolling, no axe violation, every control labelled. */
  async function expectPhoneReady(page: Page, where: string): Promise<void> {
    expect({ where, overflow: await horizontalOverflow(page) }).toEqual({ where, overflow: 0 });
    expect({ where, violations: await accessibilityViolations(page, WCAG_22_AA) }).toEqual({ where, violations: [] });
    expect({ where, unlabelled: await unlabelledControls(page) }).toEqual({ where, unlabelled: [] });
  }

  /** A member of Libra's staff: without a password (they sign in by link) unless one is wanted. */
  async function staffMember(name: string, email: string, withPassword = false): Promise<{ id: string; name: string; email: string; password: string }> {
    const admin = await loginAs(web.app, web.demo.people.admin);
    return addPerson(web.app, web.demo.trustId, admin, [{ role: 'staff', schoolId: web.demo.schools.libra }], withPassword ? { name, email } : { name, email, password: null });
  }

  /** Signs in as a member of staff through the emailed link, on a phone, as they would. */
  async function signInByEmailLink(email: string, name: string): Promise<Page> {
    const page = await web.pages.newPage(PHONE);
    await page.goto(`${web.url}/`);
    await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in with a link by email' }).waitFor();
    await expectPhoneReady(page, 'email me a link');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await expectPhoneReady(page, 'check your email');
    await page.goto(await linkIn(email));
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectPhoneReady(page, 'the email link');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
    return page;
  }

  async function readingOf(person: { email: string; password: string }): Promise<MyReading> {
    return (await web.app.http.get('/api/me/reading').set(bearer(await loginAs(web.app, person))).expect(200)).body as MyReading;
  }

  it('signs in from an emailed link on a phone, lands on the reading and acknowledges two policies, which the progress counts', async () => {
    const staff = await staffMember('Nadia Brooks', 'n.brooks@libra.example');
    const page = await signInByEmailLink(staff.email, 'Nadia Brooks');

    // The home page starts with what to read, and the menu counts it.
    const toRead = page.getByTestId('to-read').getByTestId('reading-item');
    const count = await toRead.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await page.getByRole('heading', { level: 2, name: `Policies to read (${count})` }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: `Policies to read (${count})` }).waitFor();
    await expectPhoneReady(page, 'home with reading');
    await screenshot(page, 'phone-reading-home');

    // Each button is a real button naming its policy, full width and at least 44 px tall.
    const first = (await toRead.nth(0).getByRole('heading', { level: 3 }).textContent()) ?? '';
    const second = (await toRead.nth(1).getByRole('heading', { level: 3 }).textContent()) ?? '';
    for (const title of [first, second]) {
      const item = page.getByTestId('reading-item').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
      const box = await item.getByRole('button', { name: `${BUTTON}: ${title}` }).boundingBox();
      const card = await item.boundingBox();
      expect(box && card && { tall: box.height >= 44, fullWidth: box.width >= card.width - 1 }).toEqual({ tall: true, fullWidth: true });
    }

    await page.getByRole('button', { name: `${BUTTON}: ${first}` }).click();
    await page.getByTestId('reading-status').getByText(`Thank you. You acknowledged version`).waitFor();
    await page.getByRole('heading', { level: 2, name: `Policies to read (${count - 1})` }).waitFor();
    await page.getByRole('button', { name: `${BUTTON}: ${second}` }).click();
    await page.getByTestId('reading-status').getByText(`“${second}” on 24 November 2026`).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: `Policies to read (${count - 2})` }).click();

    // The reading page: the two under "Read and acknowledged", with the day.
    await page.getByRole('heading', { level: 1, name: 'Your reading' }).waitFor();
    const done = page.getByTestId('acknowledged');
    await done.getByText(`${first}`).waitFor();
    expect(await done.textContent()).toContain(`${second}, version`);
    expect(await done.textContent()).toContain('acknowledged on 24 November 2026');
    expect(await page.getByTestId('to-read').getByTestId('reading-item').count()).toBe(count - 2);
    await expectPhoneReady(page, 'reading page');
    await screenshot(page, 'phone-reading');

    // At 320 px too: nothing to scroll sideways.
    await page.setViewportSize(NARROW_PHONE);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.setViewportSize(PHONE);

    // The school's progress counts both, and only those.
    const admin = bearer(await loginAs(web.app, web.demo.people.admin));
    const progress = (await web.app.http.get(`/api/trusts/${web.demo.trustId}/acknowledgements?schoolId=${web.demo.schools.libra}`).set(admin).expect(200)).body as AcknowledgementProgress;
    const acknowledged = progress.rows.filter((row) => row.acknowledged > 0).map((row) => row.title).sort();
    expect(acknowledged).toEqual([first, second].sort());
    expect(progress.totals.acknowledged).toBe(2);
    expect(progress.rows.find((row) => row.title === first)?.outstandingPeople?.map((person) => person.name)).not.toContain('Nadia Brooks');
    await page.close();
  }, SLOW);

  it('signs in by link and reads on a 320 px phone without scrolling sideways', async () => {
    const staff = await staffMember('Ian McAllister', 'i.mcallister@libra.example');
    const page = await web.pages.newPage(NARROW_PHONE);
    await page.goto(`${web.url}/#/email-me-a-link`);
    await page.getByLabel('Email address').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.locator('main .error-summary:not([hidden])').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByLabel('Email address').fill(staff.email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.goto(await linkIn(staff.email));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ian McAllister' }).waitFor();
    await page.getByTestId('to-read').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(`${web.url}/#/reading`);
    await page.getByRole('heading', { level: 1, name: 'Your reading' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.close();
  }, SLOW);

  it('takes a policy out of a member of staff’s reading when a trust admin says staff need not acknowledge it', async () => {
    const staff = await staffMember('Oliver Grant', 'o.grant@libra.example', true);
    const behaviour = web.demo.policies.behaviour;
    expect((await readingOf(staff)).items.map((item) => item.title)).toContain(behaviour.title);

    const admin = await web.pages.signIn(web.demo.people.admin, { width: 1280, height: 900 });
    await admin.goto(`${web.url}/#/admin/policies/${behaviour.id}`);
    const details = admin.getByTestId('policy-details');
    await details.getByText('Staff must read and acknowledge each adopted version').waitFor();
    expect(await details.textContent()).toMatch(/Staff must read and acknowledge each adopted version\s*Yes/);
    await admin.getByRole('link', { name: /Change.*whether staff must acknowledge it/ }).click();
    await admin.getByRole('heading', { level: 1, name: `Acknowledgement: ${behaviour.title}` }).waitFor();
    expect(await accessibilityViolations(admin, WCAG_22_AA)).toEqual([]);
    await admin.getByRole('radio', { name: 'No' }).check();
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByTestId('saved').getByText('Staff are no longer asked to acknowledge it.').waitFor();
    await admin.getByRole('link', { name: 'Back to the policy' }).click();
    await admin.getByRole('heading', { level: 1, name: behaviour.title }).waitFor();
    expect(await admin.getByTestId('policy-details').textContent()).toMatch(/Staff must read and acknowledge each adopted version\s*No/);
    await admin.close();

    expect((await readingOf(staff)).items.map((item) => item.title)).not.toContain(behaviour.title);
    const page = await web.pages.signIn(staff, PHONE);
    await page.goto(`${web.url}/#/reading`);
    await page.getByRole('heading', { level: 1, name: 'Your reading' }).waitFor();
    await page.getByTestId('to-read').waitFor();
    expect(await page.getByTestId('to-read').getByRole('heading', { level: 3, name: behaviour.title, exact: true }).count()).toBe(0);
    await page.close();
  }, SLOW);

  it('gives each version’s document (its link, or the attached file downloaded) and says plainly when a version is no longer in force', async () => {
    const staff = await staffMember('Maya Shah', 'm.shah@libra.example', true);
    const admin = bearer(await loginAs(web.app, web.demo.people.admin));
    const trust = `/api/trusts/${web.demo.trustId}`;
    const libra = `${trust}/schools/${web.demo.schools.libra}`;
    const safeguarding = web.demo.policies['safeguarding-child-protection'];
    const medical = web.demo.policies['supporting-medical-conditions'];
    const documentUrl = 'https://oaktrust.example/policies/safeguarding-2026.pdf';
    await web.app.http.post(`${trust}/policies/${safeguarding.id}/versions`).set(admin).send({ summary: 'KCSIE 2026 changes', documentUrl }).expect(201);
    await web.app.http.post(`${libra}/policies/${safeguarding.id}/adoptions`).set(admin).send({ version: 2, adoptedOn: '2026-11-20', approvedBy: 'local-governing-body' }).expect(201);
    await web.app.http.post(`${trust}/policies/${medical.id}/versions`).set(admin).attach('document', Buffer.from('Medicines are kept in the office.'), 'Medical conditions.txt').field('summary', 'The signed copy').expect(201);
    await web.app.http.post(`${libra}/policies/${medical.id}/adoptions`).set(admin).send({ version: 2, adoptedOn: '2026-11-20', approvedBy: 'local-governing-body' }).expect(201);

    const page = await web.pages.signIn(staff, PHONE);
    await page.goto(`${web.url}/#/reading`);
    await page.getByRole('heading', { level: 1, name: 'Your reading' }).waitFor();
    const item = (title: string) => page.getByTestId('reading-item').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
    expect(await item(safeguarding.title).getByRole('link', { name: `Read “${safeguarding.title}” (opens in a new tab)` }).getAttribute('href')).toBe(documentUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), item(medical.title).getByRole('button', { name: `Download the policy: ${medical.title}` }).click()]);
    expect(download.suggestedFilename()).toBe('Medical conditions.txt');
    await item(medical.title).getByText('Medical conditions.txt downloaded.').waitFor();
    await expectPhoneReady(page, 'reading with documents');

    // A newer version adopted while the page is open: the press is refused in words, and a reload shows the new one.
    await web.app.http.post(`${trust}/policies/${safeguarding.id}/versions`).set(admin).send({ summary: 'A correction' }).expect(201);
    await web.app.http.post(`${libra}/policies/${safeguarding.id}/adoptions`).set(admin).send({ version: 3, adoptedOn: '2026-11-24', approvedBy: 'local-governing-body' }).expect(201);
    await item(safeguarding.title).getByRole('button', { name: `${BUTTON}: ${safeguarding.title}` }).click();
    const refusal = page.getByTestId('reading-status');
    await refusal.getByText('This was not recorded.').waitFor();
    expect(await refusal.textContent()).toContain('is no longer in force');
    expect(await accessibilityViolations(page, WCAG_22_AA)).toEqual([]);
    await refusal.getByRole('button', { name: 'Reload your reading' }).click();
    await item(safeguarding.title).getByText('3, adopted on 24 November 2026').waitFor();
    await item(safeguarding.title).getByRole('button', { name: `${BUTTON}: ${safeguarding.title}` }).click();
    await page.getByTestId('acknowledged').getByText(safeguarding.title).waitFor();
    expect((await readingOf(staff)).acknowledged).toEqual([expect.objectContaining({ policyId: safeguarding.id, version: 3, acknowledgedOn: '2026-11-24' })]);
    await page.close();
  }, SLOW);

  it('tells someone who has left the school’s staff that nothing was recorded', async () => {
    const staff = await staffMember('Leo Hart', 'l.hart@libra.example', true);
    const page = await web.pages.signIn(staff, PHONE);
    await page.goto(`${web.url}/#/reading`);
    const button = page.getByRole('button', { name: new RegExp(`^${BUTTON}: `) }).first();
    await button.waitFor();
    const admin = bearer(await loginAs(web.app, web.demo.people.admin));
    await web.app.http.delete(`/api/trusts/${web.demo.trustId}/people/${staff.id}/roles?role=staff&schoolId=${web.demo.schools.libra}`).set(admin).expect(201);
    await button.click();
    const refusal = page.getByTestId('reading-status');
    await refusal.getByText('This was not recorded.').waitFor();
    expect(await refusal.textContent()).toContain('You are no longer on this school’s staff list');
    expect((await readingOf(staff)).acknowledged).toEqual([]);
    await page.close();
  }, SLOW);
});
