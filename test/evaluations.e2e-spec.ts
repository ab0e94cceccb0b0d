import type { RegisterRow, TrustCompliance } from '@governance/contracts';
import type { MinutesInputs } from '@governance/projections';
import mammoth from 'mammoth';
import type { Response } from 'supertest';
import { bearer } from './support/fixtures';
import { buildMinutesTrust, MINUTES_TODAY, MinutesTrust } from './support/minutes-trust';
import { startTestApp, TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * Policy evaluations (the Libra checklist and statement of effectiveness) beyond the audit
 * trail: the register's last evaluation, the dashboard's count, and the clerk's pack. Oak's
 * head evaluates Behaviour twice: on 1 December 2026 (last term) and on 12 February 2027 (this
 * term, one point answered No), recorded in the opposite order.
 */
describe('policy evaluations in the register, the dashboard and the clerk’s pack', () => {
  let app: TestApp;
  let trust: MinutesTrust;
  const statement = 'It is effective and suitable for purpose, once the budget line is agreed.';

  const get = (path: string, token = trust.admin.token) => app.http.get(`/api/trusts/${trust.id}${path}`).set(bearer(token)).set('X-Min-Position', trust.position);
  const evaluate = async (evaluatedOn: string, checklist: object[], effectivenessStatement: string) => {
    const response = await app.http
      .post(`/api/trusts/${trust.id}/schools/${trust.oak}/policies/${trust.policies.beh}/evaluations`)
      .set(bearer(trust.head.token))
      .send({ evaluatedOn, checklist, effectivenessStatement })
      .expect(201);
    trust.position = response.body.position as string;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: MINUTES_TODAY });
    trust = await buildMinutesTrust(app);
    await evaluate(
      '2027-02-12',
      [
        { point: 'Policy annually reviewed', answer: 'yes' },
        { point: 'Funding in place', answer: 'no', evidence: 'No budget line until April' },
        { point: 'Local community aware of this policy', answer: 'n/a' },
      ],
      statement,
    );
    await evaluate('2026-12-01', [{ point: 'Policy annually reviewed', answer: 'yes' }], 'Working well.');
  }, 120_000);
  afterAll(() => app.close());

  it("gives the register row the latest evaluation by date, in words: statement, checklist counted, points answered No", async () => {
    const rows = (await get(`/schools/${trust.oak}/policies`).expect(200)).body as RegisterRow[];
    const behaviour = rows.find((row) => row.policyId === trust.policies.beh)!;
    expect(behaviour.lastEvaluatedOn).toBe('2027-02-12');
    expect(behaviour.lastEvaluation).toEqual({
      evaluatedOn: '2027-02-12',
      evaluatedBy: trust.head.id,
      effectivenessStatement: statement,
      answers: { yes: 1, no: 1, notApplicable: 1 },
      answeredNo: ['Funding in place'],
    });
    expect(rows.filter((row) => row.policyId !== trust.policies.beh).map((row) => row.lastEvaluation)).toEqual(rows.slice(1).map(() => null));
  });

  it('puts the statement of effectiveness in the register CSV', async () => {
    const csv = (await get(`/schools/${trust.oak}/policies.csv`).expect(200)).text;
    expect(csv.split('\r\n')[0]).toContain('Last evaluated,Effectiveness (last evaluation),Policy id');
    expect(csv).toContain(`2027-02-12,"${statement}",${trust.policies.beh}`);
  });

  it('counts per school the adopted policies evaluated in the last 12 months', async () => {
    const compliance = (await get('/compliance').expect(200)).body as TrustCompliance;
    const bySchool = Object.fromEntries(compliance.schools.map((school) => [school.schoolId, school.evaluatedInLast12Months]));
    expect(bySchool).toEqual({ [trust.oak]: 1, [trust.elm]: 0 });
    expect(compliance.totals.evaluatedInLast12Months).toBe(1);
    // A year on, the February evaluation is more than 12 months old.
    const later = (await get('/compliance?asOf=2028-02-13').expect(200)).body as TrustCompliance;
    expect(later.totals.evaluatedInLast12Months).toBe(0);
  });

  describe("the clerk's pack", () => {
    const url = (query = '') => `/terms/2027-spring/minutes-inputs${query}`;

    it("lists the term's evaluations for the body, with who recorded them (last term's left out)", async () => {
      const pack = (await get(url(), trust.trustClerk.token).set('Accept', 'application/json').expect(200)).body as MinutesInputs;
      const oak = pack.schools.find((s) => s.school.id === trust.oak)!;
      expect(oak.evaluations).toEqual([
        {
          policyId: trust.policies.beh,
          title: 'Behaviour',
          evaluatedOn: '2027-02-12',
          evaluatedBy: { id: trust.head.id, name: 'Helen Park' },
          effectivenessStatement: statement,
          answers: { yes: 1, no: 1, notApplicable: 1 },
          answeredNo: [{ point: 'Funding in place', evidence: 'No budget line until April' }],
        },
      ]);
      expect(pack.schools.find((s) => s.school.id === trust.elm)!.evaluations).toEqual([]);
      expect(pack.overview?.map((row) => [row.name, row.evaluations])).toEqual([
        ['Elm Academy', 0],
        ['Oak Primary', 1],
      ]);
    });

    it("writes the section in words in a school's Markdown pack", async () => {
      const markdown = (await get(url(`?schoolId=${trust.oak}`), trust.oakClerk.token).set('Accept', 'text/markdown').expect(200)).text;
      const section = markdown.slice(markdown.indexOf('## Policy evaluations this term'), markdown.indexOf('## Link governors'));
      expect(section).toContain(`| 12 February 2027 | Behaviour | Helen Park | ${statement} | 1 yes, 1 no, 1 not applicable | Funding in place (No budget line until April) |`);
      expect(section).not.toContain('Working well.');
    });

    it('writes the section in the Word pack', async () => {
      const response = await get(url(`?schoolId=${trust.oak}`), trust.oakClerk.token).set('Accept', DOCX).buffer(true).parse(binary).expect(200);
      const { value: text } = await mammoth.extractRawText({ buffer: response.body as Buffer });
      const section = text.slice(text.indexOf('Policy evaluations this term'), text.indexOf('Link governors'));
      for (const fact of ['12 February 2027', 'Behaviour', 'Helen Park', statement, '1 yes, 1 no, 1 not applicable', 'Funding in place (No budget line until April)']) {
        expect(section).toContain(fact);
      }
    });
  });
});
