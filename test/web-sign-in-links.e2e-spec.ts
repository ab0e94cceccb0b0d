import { totpCode } from '../apps/api/src/auth/totp';
import { addPerson, addSignedInPerson, bearer, createTrustWithAdmin, TestTrust } from './support/fixtures';
import { accessibilityViolations, unlabelledControls } from './support/web-pages';
import { webSuite } from './support/web-suite';

/** The pages an emailed link opens, in Chromium: an invitation sets a password, a sign-in link signs in. */
describe('web: links by email', () => {
  let trust: TestTrust;

  const web = webSuite({ smtp: true });

  beforeAll(async () => {
    trust = await createTrustWithAdmin(web.app, { schools: 1 });
  }, 120_000);

  /** The link in the newest email to `address`, pointed at this test's server. */
  async function linkIn(address: string): Promise<string> {
    for (;;) {
      const mail = web.smtp.accepted.filter((m) => m.to.includes(address)).at(-1);
      const link = mail && /https?:\/\/\S+\/#\/\S+/.exec(mail.text)?.[0];
      if (link) return `${web.url}${link.slice(link.indexOf('/#/'))}`;
      await web.smtp.waitForAccepted(web.smtp.accepted.length + 1);
    }
  }

  it('follows an invitation email, sets a password and lands signed in', async () => {
    const invitee = await addPerson(web.app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: trust.schools[0] }], { name: 'Linda Osei', password: null });
    await web.app.http.post(`/api/trusts/${trust.id}/people/${invitee.id}/invitation`).set(bearer(trust.admin.token)).expect(201);
    const page = await web.pages.newPage();
    await page.goto(await linkIn(invitee.email));
    await page.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByLabel('New password').fill('password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByText('There is a problem').waitFor();
    await page.getByLabel('New password').fill('meadow copper lantern 61');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Linda Osei' }).waitFor();

    // The same link again: plain English, not a code.
    const again = await web.pages.newPage();
    await again.goto(await linkIn(invitee.email));
    await again.getByLabel('New password').fill('another copper meadow 62');
    await again.getByRole('button', { name: 'Set password and sign in' }).click();
    await again.getByText('This link has already been used').waitFor();
  });

  it('asks for a sign-in link from the sign-in page and signs in with it', async () => {
    const staff = await addPerson(web.app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: trust.schools[0] }], { name: 'Owen Lloyd', password: null });
    const page = await web.pages.newPage();
    await page.goto(`${web.url}/`);
    await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in with a link by email' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email address').fill(staff.email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    const fromEmail = await web.pages.newPage();
    await fromEmail.goto(await linkIn(staff.email));
    await fromEmail.getByRole('button', { name: 'Sign in' }).click();
    await fromEmail.getByRole('heading', { level: 1, name: 'Welcome, Owen Lloyd' }).waitFor();
  });

  it('asks a person with two-step sign-in for their code after the link, and tells them when it is wrong', async () => {
    const head = await addSignedInPerson(web.app, trust, [{ role: 'headteacher', schoolId: trust.schools[0] }], { name: 'Priya Nair' });
    const started = await web.app.http.post('/api/me/mfa/enrol').set(bearer(head.token)).expect(200);
    const secret = started.body.secret as string;
    await web.app.http.post('/api/me/mfa/confirm').set(bearer(head.token)).send({ code: totpCode(secret, new Date()) }).expect(201);
    await web.app.http.post('/api/auth/email-link').send({ email: head.email }).expect(202);

    const page = await web.pages.newPage();
    await page.goto(await linkIn(head.email));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your link is right. Now enter the code from your authenticator app.').waitFor();
    const code = page.getByLabel('Six-digit code from your authenticator app');
    await code.fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter the six-digit code from your app').first().waitFor();
    await code.fill(totpCode(secret, new Date(Date.now() + 10 * 60_000)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('There is a problem').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await code.fill(totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Priya Nair' }).waitFor();
  });

  it('offers a password reset from the sign-in page', async () => {
    const page = await web.pages.newPage();
    await page.goto(`${web.url}/`);
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email address').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  });
});
