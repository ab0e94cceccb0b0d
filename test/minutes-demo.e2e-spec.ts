import type { MinutesInputs } from '@governance/projections';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { bearer, headPosition, loginAs } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The "done when": for a term of the demo trust, the clerk downloads a Word file with every section. */
describe("the demo trust's termly pack", () => {
  let app: TestApp;
  let token: string;
  let trustId: string;
  let position: string;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true', CLOCK_TODAY: '2026-11-24' });
    const text = readFileSync(join(app.dataDir, 'demo-logins.txt'), 'utf8');
    const password = /password for every demo login: (\S+)/.exec(text)?.[1] as string;
    const clerk = [...text.matchAll(/^ {4}(\S+@\S+)\s+[^,]+, (.+)$/gm)].find((m) => /clerk/.test(m[2]) && !/,|school/i.test(m[2]));
    const email = clerk?.[1] ?? [...text.matchAll(/^ {4}(\S+@\S+)\s+[^,]+, (.+)$/gm)].find((m) => /trust admin/.test(m[2]))![1];
    token = await loginAs(app, { email, password });
    trustId = (await app.http.get('/api/me').set(bearer(token)).expect(200)).body.trustId;
    position = await headPosition(app);
  }, 120_000);
  afterAll(() => app.close());

  it('holds every section, with the figures of the compliance dashboard, in JSON and in Word', async () => {
    const url = `/api/trusts/${trustId}/terms/2026-autumn/minutes-inputs`;
    const pack = (await app.http.get(url).set(bearer(token)).set('X-Min-Position', position).expect(200)).body as MinutesInputs;
    const compliance = (await app.http.get(`/api/trusts/${trustId}/compliance`).set(bearer(token)).expect(200)).body as {
      schools: { schoolId: string; policies: number; inDate: number; dueSoon: number; overdue: number; notAdopted: number; compliancePct: number }[];
    };
    expect(pack.overview!.map(({ schoolId, policies, inDate, dueSoon, overdue, notAdopted, compliancePct }) => ({ schoolId, policies, inDate, dueSoon, overdue, notAdopted, compliancePct }))).toEqual(
      compliance.schools.map(({ schoolId, policies, inDate, dueSoon, overdue, notAdopted, compliancePct }) => ({ schoolId, policies, inDate, dueSoon, overdue, notAdopted, compliancePct })),
    );
    const schools = pack.schools;
    expect(schools.length).toBe(4);
    // Something to say in every section, somewhere in the trust.
    expect(schools.some((s) => s.policyActions.length > 0) || pack.trustLevel!.policyActions.length > 0).toBe(true);
    expect(schools.some((s) => s.reviewsDue.length > 0)).toBe(true);
    expect(schools.some((s) => s.overdue.length > 0)).toBe(true);
    expect(schools.some((s) => s.linkGovernance.visits.length > 0)).toBe(true);
    expect(schools.some((s) => s.linkGovernance.reports.length > 0)).toBe(true);
    expect(schools.some((s) => s.termlyReport !== null)).toBe(true);
    expect(schools.some((s) => s.termlyReport === null)).toBe(true);

    const docx = await app.http.get(`${url}?format=docx`).set(bearer(token)).buffer(true).parse(binary).expect(200);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.body as Buffer });
    for (const school of schools) {
      expect(text).toContain(school.school.name);
      for (const overdue of school.overdue) expect(text).toContain(overdue.overdueFor);
      if (school.termlyReport) expect(text).toContain(school.termlyReport.summary.split('\n')[0]);
      else expect(text).toContain('No termly report was submitted for Autumn 2026.');
    }
    expect(text).toContain('Inputs for the minutes: Trust board, Autumn 2026');
  }, 60_000);
});
