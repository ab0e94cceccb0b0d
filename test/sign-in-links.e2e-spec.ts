import { Clock } from '../apps/api/src/clock/clock';
import {
  addPerson,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  expectRefusedUnchanged,
  headPosition,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';

const NEW_PASSWORD = 'harbour lantern violet 93';

/** Schools and people changed by PATCH, invitations, password resets and sign-in links by email. */
describe('set-up routes and links by email', () => {
  let app: AppWithMail;
  let trust: TestTrust;
  const admin = () => bearer(trust.admin.token);
  const people = () => `/api/trusts/${trust.id}/people`;

  beforeAll(async () => {
    app = await startAppWithMail({ PUBLIC_URL: 'https://governance.example.org' });
    trust = await createTrustWithAdmin(app, { schools: 1 });
  }, 60_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
  });

  /** The token of the newest email to `address`, once it arrived. */
  async function linkTo(address: string, count: number): Promise<{ token: string; text: string; url: string }> {
    for (;;) {
      const mails = app.mail.accepted.filter((mail) => mail.to.includes(address));
      if (mails.length >= count) {
        const text = mails[count - 1].text;
        const url = /https:\/\/governance\.example\.org\/#\/[a-z-]+\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
        if (!url) throw new Error(`no link in: ${text}`);
        return { token: new URL(url.replace('#/', '')).searchParams.get('token')!, text, url };
      }
      await app.mail.waitForAccepted(app.mail.accepted.length + 1);
    }
  }

  async function auditTypes(from: string): Promise<string[]> {
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit`).set(admin()).expect(200);
    const items = (audit.body.items ?? audit.body) as { type: string; position: string }[];
    return items.filter((item) => BigInt(item.position) > BigInt(from)).map((item) => item.type);
  }

  describe('PATCH a school', () => {
    it('changes the URN and phase (SchoolDetailsChanged), the name (SchoolRenamed), and refuses bad input appending nothing', async () => {
      const school = trust.schools[0];
      const path = `/api/trusts/${trust.id}/schools/${school}`;
      const before = await headPosition(app);
      await app.http.patch(path).set(admin()).send({ urn: '137512', phase: 'sixteen-plus' }).expect(200);
      await app.http.patch(path).set(admin()).send({ name: 'Libra Sixth Form', phase: 'sixteen-plus' }).expect(200);
      await app.http.patch(path).set(admin()).send({ phase: 'sixteen-plus' }).expect(200);
      expect((await app.http.get(path).set(admin()).expect(200)).body).toEqual({ id: school, name: 'Libra Sixth Form', urn: '137512', phase: 'sixteen-plus' });
      expect(await auditTypes(before)).toEqual(expect.arrayContaining(['SchoolDetailsChanged', 'SchoolRenamed']));
      for (const body of [{}, { phase: 'middle' }, { phase: '16-plus' }, { urn: '1234' }, { name: '  ' }]) {
        const refused = await expectRefusedUnchanged(app, () => app.http.patch(path).set(admin()).send(body), 400);
        expect(String(refused.detail)).not.toBe('');
      }
      const other = (await app.http.post(`/api/trusts/${trust.id}/schools`).set(admin()).send({ name: 'Byron Primary', urn: '100001' }).expect(201)).body.id as string;
      const taken = await expectRefusedUnchanged(app, () => app.http.patch(`/api/trusts/${trust.id}/schools/${other}`).set(admin()).send({ urn: '137512' }), 422);
      expect(taken.code).toBe('urn-in-use');
    });
  });

  describe('PATCH a person', () => {
    it('changes name and email, records which fields (never the values), and a new email ends their sessions', async () => {
      const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[0] }]);
      await app.http.get('/api/me').set(bearer(governor.token)).expect(200);
      const newEmail = uniqueEmail('renamed');
      const before = await headPosition(app);
      await app.http.patch(`${people()}/${governor.id}`).set(admin()).send({ name: 'Priya  Shah', email: newEmail }).expect(200);
      const person = (await app.http.get(`${people()}/${governor.id}`).set(admin()).expect(200)).body;
      expect(person).toMatchObject({ name: 'Priya Shah', email: newEmail });
      await app.http.get('/api/me').set(bearer(governor.token)).expect(401);
      await app.http.post('/api/auth/login').send({ email: newEmail, password: governor.password }).expect(200);
      const audit = await app.http.get(`/api/trusts/${trust.id}/audit`).set(admin()).expect(200);
      const text = JSON.stringify(audit.body);
      expect(text).toContain('PersonDetailsChanged');
      expect(text).not.toContain(newEmail);
      expect(await auditTypes(before)).toEqual(['PersonDetailsChanged']);
      await app.http.patch(`${people()}/${governor.id}`).set(admin()).send({ name: 'Priya Shah' }).expect(200);
    });

    it('refuses an email someone has, a bad email, nothing to change, appending nothing', async () => {
      const one = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
      const inUse = await expectRefusedUnchanged(app, () => app.http.patch(`${people()}/${one.id}`).set(admin()).send({ email: trust.admin.email.toUpperCase() }), 422);
      expect(inUse.code).toBe('email-in-use');
      await expectRefusedUnchanged(app, () => app.http.patch(`${people()}/${one.id}`).set(admin()).send({ email: 'not an email' }), 400);
      await expectRefusedUnchanged(app, () => app.http.patch(`${people()}/${one.id}`).set(admin()).send({}), 400);
      await expectRefusedUnchanged(app, () => app.http.patch(`${people()}/person-unknown-0000`).set(admin()).send({ name: 'X' }), 404);
    });
  });

  describe('invitations', () => {
    it('emails a link to the public URL; the link sets a password once, and PersonInvited and PasswordSetWithLink are in the audit trail without the token', async () => {
      const invitee = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: trust.schools[0] }], { password: null });
      const before = await headPosition(app);
      const sent = await app.http.post(`${people()}/${invitee.id}/invitation`).set(admin()).expect(201);
      expect(sent.body).toEqual({ id: invitee.id, position: expect.any(String), expiresAt: expect.any(String) });
      const days = (Date.parse(sent.body.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      const { token, url } = await linkTo(invitee.email, 1);
      expect(url).toMatch(/^https:\/\/governance\.example\.org\/#\/set-password\?token=/);

      const weak = await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token, password: 'password' }), 400);
      expect(JSON.stringify(weak)).toContain('password');
      const set = await app.http.post('/api/auth/password/set').send({ token, password: NEW_PASSWORD }).expect(200);
      expect(set.body).toEqual({ email: invitee.email });
      await app.http.post('/api/auth/login').send({ email: invitee.email, password: NEW_PASSWORD }).expect(200);
      const again = await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token, password: 'another quiet meadow 55' }), 410);
      expect(again).toMatchObject({ code: 'link-used', title: 'This link has already been used' });

      expect((await auditTypes(before)).sort()).toEqual(['PasswordSetWithLink', 'PersonInvited']);
      const audit = JSON.stringify((await app.http.get(`/api/trusts/${trust.id}/audit`).set(admin()).expect(200)).body);
      expect(audit).not.toContain(token);
    });

    it('a newer invitation replaces the older; an invitation expires after 7 days', async () => {
      const invitee = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }], { password: null });
      await app.http.post(`${people()}/${invitee.id}/invitation`).set(admin()).expect(201);
      const first = await linkTo(invitee.email, 1);
      await app.http.post(`${people()}/${invitee.id}/invitation`).set(admin()).expect(201);
      const second = await linkTo(invitee.email, 2);
      const replaced = await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token: first.token, password: NEW_PASSWORD }), 400);
      expect(replaced.code).toBe('link-unknown');

      const clock = app.app.get(Clock);
      const later = new Date(Date.now() + 7 * 86_400_000 + 60_000);
      const spy = jest.spyOn(clock, 'now').mockReturnValue(later);
      try {
        const expired = await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token: second.token, password: NEW_PASSWORD }), 410);
        expect(expired).toMatchObject({ code: 'link-expired', title: 'This link has expired' });
      } finally {
        spy.mockRestore();
      }
    });

    it('only a trust admin may invite; bad tokens are refused plainly', async () => {
      const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[0] }]);
      await expectRefusedUnchanged(app, () => app.http.post(`${people()}/${trust.admin.id}/invitation`).set(bearer(governor.token)), 403);
      await expectRefusedUnchanged(app, () => app.http.post(`${people()}/person-unknown-0000/invitation`).set(admin()), 404);
      await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token: 'short', password: NEW_PASSWORD }), 400);
      await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token: 'A'.repeat(43), password: NEW_PASSWORD }), 400);
    });
  });

  describe('password reset and sign-in links', () => {
    it('answers 202 with the same body for a known and an unknown email, and emails only the known one', async () => {
      const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
      const before = await headPosition(app);
      const known = await app.http.post('/api/auth/password-reset').send({ email: person.email }).expect(202);
      const unknown = await app.http.post('/api/auth/password-reset').send({ email: uniqueEmail('nobody') }).expect(202);
      expect(unknown.body).toEqual(known.body);
      expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());
      const { token, text } = await linkTo(person.email, 1);
      expect(text).toContain('until');
      expect(await headPosition(app)).toBe(before);
      await app.http.post('/api/auth/password/set').send({ token, password: NEW_PASSWORD }).expect(200);
      await app.http.post('/api/auth/login').send({ email: person.email, password: person.password }).expect(401);
      await app.http.post('/api/auth/login').send({ email: person.email, password: NEW_PASSWORD }).expect(200);
      await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password-reset').send({ email: 'nope' }), 400);
    });

    it('a reset link expires after an hour', async () => {
      const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
      await app.http.post('/api/auth/password-reset').send({ email: person.email }).expect(202);
      const { token } = await linkTo(person.email, 1);
      const spy = jest.spyOn(app.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 61 * 60_000));
      try {
        await expectRefusedUnchanged(app, () => app.http.post('/api/auth/password/set').send({ token, password: NEW_PASSWORD }), 410);
      } finally {
        spy.mockRestore();
      }
    });

    it('signs in once with an emailed link (15 minutes), answering an access token', async () => {
      const staff = await addPerson(app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: trust.schools[0] }], { password: null });
      const unknown = await app.http.post('/api/auth/email-link').send({ email: uniqueEmail('nobody') }).expect(202);
      const known = await app.http.post('/api/auth/email-link').send({ email: staff.email }).expect(202);
      expect(known.body).toEqual(unknown.body);
      const { token, url } = await linkTo(staff.email, 1);
      expect(url).toContain('/#/email-link?token=');
      const signedIn = await app.http.post('/api/auth/email-link/consume').send({ token }).expect(200);
      expect(signedIn.body).toMatchObject({ accessToken: expect.any(String), expiresAt: expect.any(String) });
      const me = await app.http.get('/api/me').set(bearer(signedIn.body.accessToken)).expect(200);
      expect(me.body.id ?? me.body.personId).toBe(staff.id);
      const used = await app.http.post('/api/auth/email-link/consume').send({ token }).expect(410);
      expect(used.body.code).toBe('link-used');

      await app.http.post('/api/auth/email-link').send({ email: staff.email }).expect(202);
      const second = await linkTo(staff.email, 2);
      const spy = jest.spyOn(app.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 16 * 60_000));
      try {
        expect((await app.http.post('/api/auth/email-link/consume').send({ token: second.token }).expect(410)).body.code).toBe('link-expired');
      } finally {
        spy.mockRestore();
      }
      // An invitation's token does not sign in, and a sign-in token does not set a password.
      await app.http.post('/api/auth/password/set').send({ token: second.token, password: NEW_PASSWORD }).expect(400);
    });

    it('an admin whose trust requires two-step sign-in gets only the enrolment session from a link', async () => {
      const strict = await createTrustWithAdmin(app, { schools: 0 });
      await app.http.put(`/api/trusts/${strict.id}/security-policy`).set(bearer(strict.admin.token)).send({ requireMfaForAdmins: true }).expect(201);
      await app.http.post('/api/auth/email-link').send({ email: strict.admin.email }).expect(202);
      const { token } = await linkTo(strict.admin.email, 1);
      const signedIn = await app.http.post('/api/auth/email-link/consume').send({ token }).expect(200);
      expect(signedIn.body.mfaEnrolmentRequired).toBe(true);
      await app.http.get(`/api/trusts/${strict.id}/people`).set(bearer(signedIn.body.accessToken)).expect(403);
    });

    it('throttles requests from one address, for known and unknown emails alike', async () => {
      const email = uniqueEmail('nobody');
      for (let i = 0; i < 5; i++) await app.http.post('/api/auth/password-reset').send({ email }).expect(202);
      const refused = await app.http.post('/api/auth/password-reset').send({ email }).expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
    });

    it('blanks the email body in the outbox once it is sent', async () => {
      const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
      await app.http.post('/api/auth/email-link').send({ email: person.email }).expect(202);
      const { token } = await linkTo(person.email, 1);
      const { Outbox } = await import('@governance/notifications');
      const outbox = app.app.get(Outbox);
      for (let i = 0; i < 50 && outbox.list(trust.id).some((m) => m.body.includes(token)); i++) await new Promise((r) => setTimeout(r, 20));
      expect(outbox.list(trust.id).some((m) => m.body.includes(token))).toBe(false);
    });
  });
});
