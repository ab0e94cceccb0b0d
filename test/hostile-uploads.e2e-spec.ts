import { docxBomb, pdfBomb } from '@governance/documents/import/testing/hostile-documents';
import { docxFromLines } from '@governance/documents/import/testing/make-docx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, createTrustWithAdmin, headPosition, TestTrust } from './support/fixtures';
import { startServerProcess, ServerProcess } from './support/server-process';
import { startTestApp, TestApp } from './support/test-app';

const MB = 1024 * 1024;

/*
 * Issue 17, item 1: documents that unpack to far more than they weigh. Each is refused with a
 * 413 problem naming the limit it crossed, nothing is appended, and the server keeps answering.
 */
describe('hostile document uploads (POST /api/trusts/:trustId/policy-imports)', () => {
  let app: TestApp;
  let trust: TestTrust;
  const upload = (target: TestApp, file: Buffer, name: string, fields: Record<string, string> = {}) => {
    let request = target.http.post(`/api/trusts/${trust.id}/policy-imports`).set(bearer(trust.admin.token)).attach('file', file, name);
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Ravens Wood School'] });
  });
  afterAll(() => app.close());

  it('refuses a .docx whose text unpacks to 200 MB with a 413 naming the 10 MB limit, appending nothing', async () => {
    const before = await headPosition(app);
    const bomb = await docxBomb([200 * MB]);
    expect(bomb.length).toBeLessThan(1 * MB);
    const response = await upload(app, bomb, 'bomb.docx', { dryRun: 'false' }).expect(413);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 413, title: 'This document is too big to read', code: 'unpacks-too-large' });
    expect(response.body.detail).toMatch(/unpacks to more than 10 MB of text and layout in one part \(word\/document\.xml\)/);
    expect(await headPosition(app)).toBe(before);
  });

  it('refuses a .docx whose parts are each under the limit but together unpack past 20 MB', async () => {
    const response = await upload(app, await docxBomb([8 * MB, 8 * MB, 8 * MB]), 'parts.docx').expect(413);
    expect(response.body.detail).toMatch(/unpacks to more than 20 MB of text and layout,/);
  });

  it('believes what a part unpacks to, not the 1 KB its zip headers claim', async () => {
    const response = await upload(app, await docxBomb([60 * MB], 1024), 'lying.docx').expect(413);
    expect(response.body.code).toBe('unpacks-too-large');
  });

  it('refuses a PDF whose flate stream unpacks to 300 MB with a 413 naming the 50 MB limit', async () => {
    const before = await headPosition(app);
    const response = await upload(app, await pdfBomb(300 * MB), 'bomb.pdf', { dryRun: 'false' }).expect(413);
    expect(response.body.detail).toMatch(/unpacks to more than 50 MB of compressed content/);
    expect(await headPosition(app)).toBe(before);
  });

  it('still reads an ordinary Word document in the worker', async () => {
    const docx = await docxFromLines(['Anti-Bullying Policy', 'Approved by: Full Governing Body', 'Date of Last Review: 14/11/2024']);
    const response = await upload(app, docx, 'anti-bullying.docx').expect(200);
    expect(response.body.detected).toMatchObject({ title: 'Anti-Bullying Policy', lastReviewedOn: '2024-11-14' });
  });

  it('keeps a file name sent as UTF-8 as it was written ("Política de Privacidade.txt")', async () => {
    const text = 'Privacy Notice Policy\nApproved by the Trust Board\nDate approved: 01/09/2025\nReview: every two years';
    const name = 'Política de Privacidade.txt';
    const committed = await upload(app, Buffer.from(text), name, { dryRun: 'false' }).expect(201);
    const audit = await app.http
      .get(`/api/trusts/${trust.id}/audit?policyId=${committed.body.policyId}&order=oldest`)
      .set(bearer(trust.admin.token))
      .set('X-Min-Position', committed.body.position)
      .expect(200);
    const drafted = audit.body.items.find((item: { type: string }) => item.type === 'PolicyVersionDrafted');
    expect(drafted.data.summary).toBe(`Imported from ${name}`);
    const empty = await upload(app, Buffer.alloc(0), name).expect(400);
    expect(empty.body.detail).toContain(`“${name}”`);
  });

  it('answers 503 with Retry-After when more documents wait than the line holds', async () => {
    const bomb = await docxBomb([200 * MB]);
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => upload(app, bomb, `bomb-${i}.docx`)));
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([413, 503]));
    const busy = answers.find((answer) => answer.status === 503);
    expect(busy?.headers['retry-after']).toMatch(/^\d+$/);
    expect(busy?.body).toMatchObject({ code: 'imports-busy', status: 503 });
  });

  describe('on a real server process', () => {
    let dataDir: string;
    let server: ServerProcess;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'governance-hostile-'));
      server = await startServerProcess(dataDir, { CLOCK_TODAY: '2026-11-24' });
      trust = await createTrustWithAdmin(server.app, { schools: ['Ravens Wood School'] });
    });
    afterAll(async () => {
      await server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers GET /api/health while four bombs upload at once, and stays up', async () => {
      const bombs = [await docxBomb([200 * MB]), await docxBomb([200 * MB]), await pdfBomb(300 * MB), await pdfBomb(300 * MB)];
      const uploads = bombs.map((bomb, i) => upload(server.app, bomb, i < 2 ? `bomb-${i}.docx` : `bomb-${i}.pdf`).then((r) => r));
      const health = await server.app.http.get('/api/health');
      expect(health.status).toBe(200);
      const answers = await Promise.all(uploads);
      expect(answers.map((answer) => answer.status)).toEqual([413, 413, 413, 413]);
      expect(server.child.exitCode).toBeNull();
      await server.app.http.get('/api/health').expect(200);
    });
  });
});
