import { docxFromLines } from '@governance/documents/import/testing/make-docx';
import { pdfFromLines } from '@governance/documents/import/testing/make-pdf';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { backup, restore } from '../apps/api/src/cli/backup';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, SignedInPerson, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const MB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/*
 * Issue 19: a policy version with its document attached, not only linked. The bytes are kept
 * in DATA_DIR/documents by their SHA-256, the log records the fact, anyone in the trust may
 * download them, and a refused upload records nothing and keeps nothing.
 */
describe('policy documents (POST .../versions with a document, GET .../versions/:version/document)', () => {
  let app: TestApp;
  let trust: TestTrust;
  let other: TestTrust;
  let governor: SignedInPerson;
  let policyId: string;
  let docx: Buffer;
  const admin = () => bearer(trust.admin.token);
  const versions = (id = policyId, trustId = trust.id) => `/api/trusts/${trustId}/policies/${id}/versions`;
  const documentOf = (version: number, id = policyId, trustId = trust.id) => `${versions(id, trustId)}/${version}/document`;
  const documentsFolder = () => join(app.dataDir, 'documents');
  const storedFiles = () => (existsSync(documentsFolder()) ? readdirSync(documentsFolder()).sort() : []);
  const attach = (file: Buffer, name: string, fields: Record<string, string> = { summary: 'Signed copy' }, id = policyId) => {
    let request = app.http.post(versions(id)).set(admin()).attach('document', file, name);
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request;
  };
  const download = (path: string, who: { Authorization: string }) => app.http.get(path).set(who).responseType('blob');

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    other = await createTrustWithAdmin(app, { schools: 1 });
    governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[0] }]);
    const registered = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(admin())
      .send({ title: 'Safeguarding and Child Protection', scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board' })
      .expect(201);
    policyId = registered.body.id;
    docx = await docxFromLines(['Safeguarding and Child Protection Policy', 'Approved by: Trust Board']);
  });
  afterAll(() => app.close());

  it('keeps an attached Word document and gives a governor the same bytes, with its type, name and nosniff', async () => {
    const drafted = await attach(docx, 'Safeguarding v1.docx', { summary: 'First version', documentUrl: 'https://sharepoint.example.org/safeguarding.docx' }).expect(201);
    expect(drafted.body.version).toBe(1);
    expect(storedFiles()).toEqual([sha256(docx)]);
    expect(statSync(join(documentsFolder(), sha256(docx))).mode & 0o777).toBe(0o600);

    const response = await download(documentOf(1), bearer(governor.token)).expect(200);
    expect(Buffer.compare(response.body as Buffer, docx)).toBe(0);
    expect(response.headers['content-type']).toBe(DOCX);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="Safeguarding v1.docx"; filename*=UTF-8''Safeguarding%20v1.docx`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-length']).toBe(String(docx.length));

    // The log records the fact, never the bytes.
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit`).query({ policyId }).set(admin()).expect(200);
    const event = (audit.body.items as { type: string; data: Record<string, unknown> }[]).find((item) => item.type === 'PolicyVersionDrafted');
    expect(event?.data).toMatchObject({
      version: 1,
      documentUrl: 'https://sharepoint.example.org/safeguarding.docx',
      document: { sha256: sha256(docx), fileName: 'Safeguarding v1.docx', mediaType: DOCX, bytes: docx.length },
    });
  });

  it('lists the versions with their documents for anyone in the trust (a governor too)', async () => {
    const listed = await app.http.get(versions()).set(bearer(governor.token)).expect(200);
    expect(listed.body[0]).toMatchObject({
      version: 1,
      summary: 'First version',
      documentUrl: 'https://sharepoint.example.org/safeguarding.docx',
      document: { sha256: sha256(docx), fileName: 'Safeguarding v1.docx', mediaType: DOCX, bytes: docx.length },
    });
    await app.http.get(versions()).set(bearer(other.admin.token)).expect(404);
  });

  it('keeps a non-ASCII file name exactly, and offers it encoded for the browser (RFC 5987)', async () => {
    const pdf = await pdfFromLines(['Politique de protection — École Libra']);
    const drafted = await attach(pdf, 'Politique d’école – 2026.pdf').expect(201);
    const response = await download(documentOf(drafted.body.version), admin()).expect(200);
    expect(Buffer.compare(response.body as Buffer, pdf)).toBe(0);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Politique d__cole _ 2026.pdf"; filename*=UTF-8''Politique%20d%E2%80%99%C3%A9cole%20%E2%80%93%202026.pdf`,
    );
  });

  it('still drafts a version from JSON with a link only, which has no document to download', async () => {
    const drafted = await app.http.post(versions()).set(admin()).send({ summary: 'Link only', documentUrl: 'https://docs.example.org/v.pdf' }).expect(201);
    const missing = await app.http.get(documentOf(drafted.body.version)).set(admin()).expect(404);
    expect(missing.body.detail).toMatch(/has no attached document; it links to one instead/);
  });

  it('refuses a file over 10 MB with a 413 in plain words, recording and keeping nothing', async () => {
    const before = storedFiles();
    const problem = await expectRefusedUnchanged(app, () => attach(Buffer.alloc(10 * MB + 1, 'a'), 'huge.txt'), 413);
    expect(problem.detail).toMatch(/larger than 10 MB, the largest we keep/);
    expect(storedFiles()).toEqual(before);
  });

  it('refuses another kind of file with a 415 in plain words, recording and keeping nothing', async () => {
    const before = storedFiles();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const picture = await expectRefusedUnchanged(app, () => attach(png, 'scan.png'), 415);
    expect(picture.detail).toMatch(/attach the policy as a Word document or PDF \(\.docx, \.pdf, \.odt, \.doc or \.txt\)/);
    const renamed = await expectRefusedUnchanged(app, () => attach(png, 'policy.docx'), 415);
    expect(renamed.code).toBe('wrong-extension');
    expect(storedFiles()).toEqual(before);
  });

  it('applies the rules every request meets: a compressed upload (415) and a blank summary (400) keep nothing', async () => {
    const before = storedFiles();
    const fresh = await docxFromLines(['Compressed upload']);
    const boundary = 'x-boundary';
    const form = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="summary"\r\n\r\nZipped\r\n--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="z.docx"\r\n\r\n`),
      fresh,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    await expectRefusedUnchanged(
      app,
      () => app.http.post(versions()).set(admin()).set('Content-Type', `multipart/form-data; boundary=${boundary}`).set('Content-Encoding', 'gzip').send(gzipSync(form)),
      415,
    );
    const blank = await expectRefusedUnchanged(app, () => attach(fresh, 'blank.docx', { summary: '  ' }), 400);
    expect(blank.errors).toEqual([expect.objectContaining({ field: 'summary' })]);
    expect(storedFiles()).toEqual(before);
  });

  it('keeps nothing when the decider refuses the version (a retired policy)', async () => {
    const registered = await app.http.post(`/api/trusts/${trust.id}/policies`).set(admin()).send({ title: 'Old Lettings Policy', scope: 'trust', reviewCycleMonths: 24, approver: 'trust-board' }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/policies/${registered.body.id}/retirement`).set(admin()).send({ retiredOn: '2026-11-01' }).expect(201);
    const before = storedFiles();
    const fresh = await docxFromLines(['Lettings Policy', 'A document nobody keeps']);
    await expectRefusedUnchanged(app, () => attach(fresh, 'Lettings.docx', { summary: 'Too late' }, registered.body.id), 422);
    expect(storedFiles()).toEqual(before);
  });

  it('answers another trust’s people 404 for the download and the upload, keeping nothing', async () => {
    await app.http.get(documentOf(1)).set(bearer(other.admin.token)).expect(404);
    await app.http.get(documentOf(1, policyId, other.id)).set(bearer(other.admin.token)).expect(404);
    const before = storedFiles();
    const fresh = await docxFromLines(['Another trust’s upload']);
    await expectRefusedUnchanged(app, () => app.http.post(versions(policyId, other.id)).set(bearer(other.admin.token)).attach('document', fresh, 'x.docx').field('summary', 'x'), 404);
    expect(storedFiles()).toEqual(before);
  });

  it('never sends bytes changed on disk: a clear 409 problem instead of a 500', async () => {
    const text = Buffer.from('Lettings policy text, kept as plain text.\n');
    const drafted = await attach(text, 'lettings.txt').expect(201);
    writeFileSync(join(documentsFolder(), sha256(text)), 'something else entirely');
    const problem = await app.http.get(documentOf(drafted.body.version)).set(admin()).expect(409);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem.body.detail).toMatch(/The stored copy of “lettings.txt” is damaged/);
    writeFileSync(join(documentsFolder(), sha256(text)), text);
  });

  it('is in the backup, and a restore brings it back byte for byte', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'documents-backup-'));
    try {
      const { manifest } = await backup(app.dataDir, join(scratch, 'backup'));
      const names = manifest.files.map((file) => file.name);
      expect(names).toEqual(expect.arrayContaining([`documents/${sha256(docx)}`]));
      expect(names.filter((name) => name.startsWith('documents/'))).toHaveLength(storedFiles().length);
      restore(join(scratch, 'backup'), join(scratch, 'restored'));
      expect(readFileSync(join(scratch, 'restored', 'documents', sha256(docx)))).toEqual(docx);
      expect(statSync(join(scratch, 'restored', 'documents')).mode & 0o777).toBe(0o700);

      // A backup whose document does not hash to its name is refused before anything is written.
      writeFileSync(join(scratch, 'backup', 'documents', sha256(docx)), 'damaged');
      expect(() => restore(join(scratch, 'backup'), join(scratch, 'again'))).toThrow(/does not match the manifest: the backup is damaged/);
      expect(existsSync(join(scratch, 'again'))).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
