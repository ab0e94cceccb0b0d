import { Document, Packer, Paragraph } from 'docx';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, createTrustWithAdmin, headPosition, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SAMPLES = join(__dirname, '../../shared/samples');
const samplesPresent = existsSync(SAMPLES);
const sample = (name: string) => readFileSync(join(SAMPLES, name));

async function docxOf(text: string): Promise<Buffer> {
  const document = new Document({ sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(document);
}

describe('policy imports (POST /api/trusts/:trustId/policy-imports)', () => {
  let app: TestApp;
  let trust: TestTrust;
  const upload = (file: Buffer, name: string, fields: Record<string, string> = {}) => {
    let request = app.http.post(`/api/trusts/${trust.id}/policy-imports`).set(bearer(trust.admin.token)).attach('file', file, name);
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Ravens Wood School', 'Libra School'] });
  });
  afterAll(() => app.close());

  it('detects without recording anything on a dry run (the default)', async () => {
    const before = await headPosition(app);
    const text = [
      'Oakfield Primary School',
      'Anti-Bullying Policy',
      'Approved by: Full Governing Body',
      'Date of Last Review: 14/11/2024',
      'Next Review Date: Autumn 2025',
      'Review Cycle: Annually',
    ].join('\n');
    const response = await upload(Buffer.from(text), 'anti-bullying.txt').expect(200);
    expect(response.body.detected).toMatchObject({
      title: 'Anti-Bullying Policy',
      schoolName: 'Oakfield Primary School',
      approvedBy: 'local-governing-body',
      lastReviewedOn: '2024-11-14',
      nextReviewDue: '2025-autumn',
      reviewCycleMonths: 12,
    });
    expect(response.body.sources.lastReviewedOn).toEqual({ line: 4, text: 'Date of Last Review: 14/11/2024' });
    expect(response.body.policyId).toBeUndefined();
    expect(await headPosition(app)).toBe(before);
  });

  (samplesPresent ? it : it.skip)('commits a real sample as text and as .docx, giving the register the status a reader would give', async () => {
    const schoolId = trust.schools[0];
    const text = sample('ravens-wood-social-media-policy.txt');
    const dry = await upload(text, 'ravens-wood.txt').expect(200);
    const asDocx = await upload(await docxOf(text.toString('utf8')), 'ravens-wood.docx').expect(200);
    for (const field of ['title', 'schoolName', 'trustName', 'lastReviewedOn', 'nextReviewDue', 'approvedBy', 'reviewCycleMonths']) {
      expect(asDocx.body.detected[field]).toEqual(dry.body.detected[field]);
    }

    const committed = await upload(text, 'ravens-wood.txt', { dryRun: 'false', schoolId }).expect(201);
    expect(committed.body.policyId).toEqual(expect.any(String));
    const register = await app.http
      .get(`/api/trusts/${trust.id}/schools/${schoolId}/policies`)
      .set(bearer(trust.admin.token))
      .set('X-Min-Position', committed.body.position)
      .expect(200);
    const row = register.body.find((r: { policyId: string }) => r.policyId === committed.body.policyId);
    // Last reviewed Spring 2024, next review Spring 2025: overdue on 24 November 2026.
    expect(row).toMatchObject({ title: dry.body.detected.title, status: 'overdue', adoptedVersion: 1, nextReviewDueAsGiven: '2025-spring', nextReviewDue: '2025-03-31' });
    expect(committed.body.warnings.join(' ')).toMatch(/recorded as 2024-01-01/);
  });

  it('commits a trust-wide policy when no school is given, with corrections applied', async () => {
    const text = 'Whistleblowing Policy\nApproved by the Trust Board\nDate approved: 01/09/2025\nReview: every two years';
    const response = await upload(Buffer.from(text), 'whistleblowing.txt', { dryRun: 'false', title: 'Whistleblowing (Trust)' }).expect(201);
    const policies = await app.http.get(`/api/trusts/${trust.id}/audit?policyId=${response.body.policyId}&order=oldest`).set(bearer(trust.admin.token)).set('X-Min-Position', response.body.position).expect(200);
    expect(policies.body.items.map((i: { type: string }) => i.type)).toEqual(['PolicyRegistered', 'PolicyVersionDrafted', 'PolicyApproved', 'PolicyReviewed']);
    expect(policies.body.items[0].data).toMatchObject({ title: 'Whistleblowing (Trust)', scope: 'trust', reviewCycleMonths: 24 });
  });

  it('refuses a document it cannot date, appending nothing', async () => {
    const before = await headPosition(app);
    const text = 'Uniform Policy\nThis policy sets out the uniform pupils wear. It is reviewed annually by governors.';
    const response = await upload(Buffer.from(text), 'uniform.txt', { dryRun: 'false', schoolId: trust.schools[1] }).expect(422);
    expect(response.body.detail).toMatch(/last reviewed/);
    expect(await headPosition(app)).toBe(before);
  });

  it('answers bad files with a clear 400, too large with 413, and unknown schools with 404', async () => {
    const empty = await upload(Buffer.alloc(0), 'empty.txt').expect(400);
    expect(empty.body.code).toBe('empty');
    const pdfNamedDocx = await upload(Buffer.from('%PDF-1.4\n%broken'), 'policy.docx').expect(400);
    expect(pdfNamedDocx.body.detail).toEqual(expect.any(String));
    await upload(Buffer.alloc(11 * 1024 * 1024, 'a'), 'huge.txt').expect(413);
    await app.http.post(`/api/trusts/${trust.id}/policy-imports`).set(bearer(trust.admin.token)).field('dryRun', 'true').expect(400);
    await upload(Buffer.from('Safeguarding Policy\nDate of review: 01/09/2025'), 's.txt', { dryRun: 'false', schoolId: 'no-such-school' }).expect(404);
    const badField = await upload(Buffer.from('x'), 'x.txt', { dryRun: 'maybe' }).expect(400);
    expect(badField.body.errors).toContainEqual(expect.objectContaining({ field: 'dryRun' }));
  });
});
