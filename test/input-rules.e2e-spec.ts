import { gzipSync } from 'node:zlib';
import { addPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, TestTrust, uniqueEmail } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Rules every request body meets before any code reads it (issue #17): JSON null is never a
 * value, and a body must be in the Content-Encoding it names (the three nulls and the
 * compressed bodies here each answered 500 before); and two of the domain's: a document link
 * is an http(s) web link, and nothing is recorded as done before 1990.
 */
describe('request body rules', () => {
  let app: TestApp;
  let trust: TestTrust;
  let admin: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 1 });
    admin = bearer(trust.admin.token);
  });
  afterAll(() => app.close());

  const errorsOf = (body: Record<string, unknown>) => body.errors as { field: string; message: string }[];

  describe('null', () => {
    it('refuses null for an optional list: keys must not be null', async () => {
      const body = await expectRefusedUnchanged(app, () => app.http.post(`/api/trusts/${trust.id}/policies/catalogue`).set(admin).send({ keys: null }), 400);
      expect(errorsOf(body)).toEqual([{ field: 'keys', message: 'keys must not be null; leave it out when it has no value' }]);
    });

    it('refuses null for an optional text: urn must not be null', async () => {
      const body = await expectRefusedUnchanged(app, () => app.http.post(`/api/trusts/${trust.id}/schools`).set(admin).send({ name: 'x', urn: null }), 400);
      expect(errorsOf(body)).toEqual([{ field: 'urn', message: 'urn must not be null; leave it out when it has no value' }]);
    });

    it('refuses null for an optional password, and names a required field given null as required', async () => {
      const send = () =>
        app.http.post(`/api/trusts/${trust.id}/people`).set(admin).send({ name: null, email: uniqueEmail(), password: null, roles: [{ role: 'trustee', schoolId: null }] });
      const body = await expectRefusedUnchanged(app, send, 400);
      expect(errorsOf(body)).toEqual(
        expect.arrayContaining([
          { field: 'name', message: 'name is required' },
          { field: 'password', message: 'password must not be null; leave it out when it has no value' },
        ]),
      );
      expect(errorsOf(body).map((error) => error.field)).toContain('roles.0.schoolId');
    });

    it('still accepts the same requests with the field left out', async () => {
      await app.http.post(`/api/trusts/${trust.id}/schools`).set(admin).send({ name: 'Willow School' }).expect(201);
      await app.http.post(`/api/trusts/${trust.id}/people`).set(admin).send({ name: 'No Password', email: uniqueEmail(), roles: [{ role: 'trustee' }] }).expect(201);
    });
  });

  describe('Content-Encoding', () => {
    const schools = () => `/api/trusts/${trust.id}/schools`;
    // serialize: superagent would otherwise JSON.stringify a Buffer sent as application/json.
    const json = (encoding: string, body: string | Buffer) =>
      app.http
        .post(schools())
        .set(admin)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .serialize((raw: string) => raw)
        .send(body);

    it.each(['gzip', 'deflate', 'br'])('refuses a %s body that does not inflate with 400', async (encoding) => {
      const body = await expectRefusedUnchanged(app, () => json(encoding, '{"name":"Oak"}'), 400);
      expect(body).toMatchObject({
        type: expect.stringMatching(/bad-content-encoding$/),
        detail: 'The request body could not be decompressed: it is not in the Content-Encoding the request names. Send it uncompressed, or compressed as it says.',
      });
    });

    it.each(['zstd', 'compress', 'x-unknown', 'gzip, gzip'])('refuses Content-Encoding %s with 415', async (encoding) => {
      const body = await expectRefusedUnchanged(app, () => json(encoding, '{"name":"Oak"}'), 415);
      expect(body).toMatchObject({
        type: expect.stringMatching(/unsupported-content-encoding$/),
        detail: 'This Content-Encoding is not supported: send the request body uncompressed, or JSON compressed as gzip, deflate or br.',
      });
    });

    it('refuses a compressed file upload with 415: the upload parser reads bytes as they come', async () => {
      const boundary = 'x-boundary';
      const form = `--${boundary}\r\nContent-Disposition: form-data; name="dryRun"\r\n\r\ntrue\r\n--${boundary}--\r\n`;
      await expectRefusedUnchanged(
        app,
        () =>
          app.http
            .post(`/api/trusts/${trust.id}/policy-imports`)
            .set(admin)
            .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
            .set('Content-Encoding', 'gzip')
            .send(gzipSync(form)),
        415,
      );
    });

    it('reads a real gzip body, and measures the 1 MB limit after inflating', async () => {
      const before = await headPosition(app);
      await json('gzip', gzipSync(JSON.stringify({ name: 'Gzipped School' }))).expect(201);
      expect(await headPosition(app)).not.toBe(before);
      const bomb = gzipSync(`{"name":"${' '.repeat(20 * 1024 * 1024)}"}`);
      expect(bomb.length).toBeLessThan(100 * 1024);
      await expectRefusedUnchanged(app, () => json('gzip', bomb), 413);
    });
  });

  describe('document links and dates', () => {
    let policyId: string;
    let governorId: string;
    const policies = () => `/api/trusts/${trust.id}/policies`;
    const early = (field: string, date: string) => ({ field, message: `${field} must be 1990-01-01 or later; ${date} is too early to be a governance record.` });

    beforeAll(async () => {
      const policy = await app.http.post(policies()).set(admin).send({ title: 'Complaints Policy', scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board' }).expect(201);
      policyId = policy.body.id as string;
      await app.http.post(`${policies()}/${policyId}/versions`).set(admin).send({ summary: 'First version' }).expect(201);
      governorId = (await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: trust.schools[0] }])).id;
      await app.http.post(`/api/trusts/${trust.id}/schools/${trust.schools[0]}/link-governors`).set(admin).send({ personId: governorId, area: 'Safeguarding' }).expect(201);
    });

    it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'sharepoint/policy.docx'])('refuses documentUrl %s', async (documentUrl) => {
      const body = await expectRefusedUnchanged(app, () => app.http.post(`${policies()}/${policyId}/versions`).set(admin).send({ summary: 'v2', documentUrl }), 400);
      expect(errorsOf(body)).toEqual([
        { field: 'documentUrl', message: 'documentUrl must be a web link starting with https:// or http://, e.g. https://sharepoint.example.org/policies/safeguarding.docx.' },
      ]);
    });

    it('refuses an approval dated 1900-01-01', async () => {
      const send = () => app.http.post(`${policies()}/${policyId}/approvals`).set(admin).send({ version: 1, approvedOn: '1900-01-01', body: 'trust-board' });
      expect(errorsOf(await expectRefusedUnchanged(app, send, 400))).toEqual([early('approvedOn', '1900-01-01')]);
    });

    it('refuses a visit dated 1989-12-31 and logs one dated 1990-01-01', async () => {
      const visit = (visitedOn: string) =>
        app.http.post(`/api/trusts/${trust.id}/schools/${trust.schools[0]}/visits`).set(admin).send({ visitedOn, purpose: 'Check', findings: 'Seen', governorId });
      expect(errorsOf(await expectRefusedUnchanged(app, () => visit('1989-12-31'), 400))).toEqual([early('visitedOn', '1989-12-31')]);
      await visit('1990-01-01').expect(201);
    });
  });
});
