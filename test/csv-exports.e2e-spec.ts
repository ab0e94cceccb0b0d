import { addSchool, bearer, headPosition, operator } from './support/fixtures';
import { buildMinutesTrust, MINUTES_TODAY, MinutesTrust } from './support/minutes-trust';
import { startTestApp, TestApp } from './support/test-app';

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

/** Rows as objects keyed by the header; empty fields as null. */
function records(text: string): Record<string, string | null>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] === '' ? null : row[i]])));
}

/** The JSON value as the CSV writes it. */
const asCsv = (value: unknown) => (value === null || value === undefined ? null : String(value));

describe('CSV exports', () => {
  let app: TestApp;
  let trust: MinutesTrust;
  let awkward: string;
  let formulaPolicy: string;

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: MINUTES_TODAY });
    trust = await buildMinutesTrust(app);
    awkward = await addSchool(app, trust.id, trust.admin.token, { name: 'Élan Académie, "Nord"' });
    const policy = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(bearer(trust.admin.token))
      .send({ title: '=HYPERLINK("http://evil.example","Click"), see "notes"', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' })
      .expect(201);
    formulaPolicy = policy.body.id;
    trust.position = policy.body.position;
  }, 120_000);
  afterAll(() => app.close());

  const get = (path: string, token = trust.admin.token) => app.http.get(path).set(bearer(token)).set('X-Min-Position', trust.position);
  const registerCsv = (schoolId: string, query = '') => `/api/trusts/${trust.id}/schools/${schoolId}/policies.csv${query}`;
  const complianceCsv = (query = '') => `/api/trusts/${trust.id}/compliance.csv${query}`;

  describe("a school's register", () => {
    it('answers UTF-8 CSV with a header, one row per policy, the same values as the JSON register', async () => {
      const response = await get(registerCsv(trust.oak)).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="policies-oak-primary-${MINUTES_TODAY}.csv"`);
      expect(response.text.startsWith('\uFEFFpolicyId,title,scope,status,adoptedVersion,currentVersion,lastReviewedOn,nextReviewDue,')).toBe(true);
      const json = (await get(`/api/trusts/${trust.id}/schools/${trust.oak}/policies`).expect(200)).body as Record<string, unknown>[];
      const csv = records(response.text);
      expect(csv).toHaveLength(json.length);
      expect(json.length).toBe(5);
      csv.forEach((row, i) => {
        const { title, ...rest } = row;
        expect(Object.fromEntries(Object.keys(rest).map((key) => [key, asCsv(json[i][key])]))).toEqual(rest);
        expect(title === json[i].title || title === `'${json[i].title}`).toBe(true);
      });
      expect(csv.find((r) => r.policyId === trust.policies.safe)).toMatchObject({ status: 'overdue', nextReviewDue: '2027-02-01', eia: 'full-assessment-required', statutory: 'true' });
    });

    it('quotes by RFC 4180 and defuses text a spreadsheet would run as a formula', async () => {
      const response = await get(registerCsv(trust.oak)).expect(200);
      expect(response.text).toContain(`${formulaPolicy},"'=HYPERLINK(""http://evil.example"",""Click""), see ""notes""",school,not-adopted,`);
      expect(records(response.text).find((r) => r.policyId === formulaPolicy)!.title).toBe('\'=HYPERLINK("http://evil.example","Click"), see "notes"');
      expect(response.text.split('\r\n').every((line) => !/^[=+\-@]/.test(line))).toBe(true);
    });

    it('assesses the register as of another day', async () => {
      const csv = records((await get(registerCsv(trust.oak, '?asOf=2026-11-24')).expect(200)).text);
      expect(csv.find((r) => r.policyId === trust.policies.safe)).toMatchObject({ status: 'due-soon', nextReviewDue: '2027-02-01' });
      // Adopted in February 2027: not yet on 24 November 2026.
      expect(csv.find((r) => r.policyId === trust.policies.acc)).toMatchObject({ status: 'not-adopted', adoptedVersion: null });
      const bad = await get(registerCsv(trust.oak, '?asOf=2026-02-30')).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors).toEqual([{ field: 'asOf', message: 'asOf must be a real calendar date; 2026-02-30 does not exist' }]);
      const malformed = await get(registerCsv(trust.oak, '?asOf=30/02/2026')).expect(400);
      expect(malformed.body.errors).toEqual([{ field: 'asOf', message: 'asOf must be a date written YYYY-MM-DD' }]);
    });

    it("names a school's file in plain ASCII, whatever its name", async () => {
      const response = await get(registerCsv(awkward)).expect(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="policies-elan-academie-nord-${MINUTES_TODAY}.csv"`);
      expect(records(response.text)).toHaveLength(5);
    });

    it("is readable by the school's own people only", async () => {
      await get(registerCsv(trust.oak), trust.oakClerk.token).expect(200);
      await get(registerCsv(trust.elm), trust.oakClerk.token).expect(403);
      await get(registerCsv('no-such-school')).expect(404);
      await app.http.get(registerCsv(trust.elm)).set(operator()).expect(200);
    });
  });

  describe("the trust's compliance", () => {
    it('answers one row per school with the figures of the JSON dashboard', async () => {
      const response = await get(complianceCsv()).expect(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="compliance-oakwood-learning-trust-${MINUTES_TODAY}.csv"`);
      const json = (await get(`/api/trusts/${trust.id}/compliance`).expect(200)).body as { schools: Record<string, unknown>[] };
      const csv = records(response.text);
      expect(csv.map((r) => r.name)).toEqual(json.schools.map((s) => s.name));
      expect(csv.map((r) => r.name)).toEqual(['Elm Academy', 'Oak Primary', 'Élan Académie, "Nord"']);
      csv.forEach((row, i) => expect(row).toEqual(Object.fromEntries(Object.keys(row).map((key) => [key, asCsv(json.schools[i][key])]))));
      expect(csv[1]).toMatchObject({ policies: '5', inDate: '1', dueSoon: '2', overdue: '1', notAdopted: '1', compliancePct: '60', linkGovernorReportsThisTerm: '1', termlyReportSubmitted: 'true' });
      expect(response.text).toContain(',"Élan Académie, ""Nord""",');
    });

    it('gives a school-scoped reader their own school only', async () => {
      const csv = records((await get(complianceCsv(), trust.oakClerk.token).expect(200)).text);
      expect(csv.map((r) => r.schoolId)).toEqual([trust.oak]);
    });

    it('refuses a bad day, and any format but CSV with 406, appending nothing', async () => {
      const before = await headPosition(app);
      await get(complianceCsv('?asOf=tomorrow')).expect(400);
      const refused = await get(complianceCsv()).set('Accept', 'application/json').expect(406);
      expect(refused.body).toMatchObject({ status: 406, available: ['text/csv'] });
      await get(complianceCsv()).set('Accept', 'text/csv').expect(200);
      await get(complianceCsv()).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
      expect(await headPosition(app)).toBe(before);
    });
  });
});
