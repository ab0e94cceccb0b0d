import { gzipSync } from 'node:zlib';
import { bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, TestTrust, uniqueEmail } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Rules every request body meets before any code reads it (issue #17): JSON null is never a
 * value, and a body must be in the Content-Encoding it names. The three nulls and the
 * compressed bodies here each answered 500 before.
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
});
