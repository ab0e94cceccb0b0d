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

/** The JSON value as the CSV writes it: empty for none, Yes/No for a boolean. */
const asCsv = (value: unknown) => (value === null || value === undefined ? null : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value));

/** The register's headings whose cells are the JSON register's field unchanged. */
const REGISTER_SAME_AS_JSON: Record<string, string> = {
  'Adopted version': 'adoptedVersion',
  'Current version': 'currentVersion',
  'EIA for version': 'eiaVersion',
  'Last reviewed': 'lastReviewedOn',
  'Next review due': 'nextReviewDue',
  Statutory: 'statutory',
  'Review cycle (months)': 'reviewCycleMonths',
  'Last evaluated': 'lastEvaluatedOn',
  'Approver as expected': 'approvedByOk',
  'Approver exception reason': 'approvedByException',
  'Policy id': 'policyId',
};

/** The compliance export's headings, in order, and the JSON dashboard's field each carries. */
const COMPLIANCE_HEADINGS: Record<string, string> = {
  School: 'name',
  Policies: 'policies',
  'In date': 'inDate',
  'Due soon': 'dueSoon',
  Overdue: 'overdue',
  'Not adopted': 'notAdopted',
  'Never reviewed': 'neverReviewed',
  'Equality impact assessments missing': 'eiaMissing',
  'EIA out of date': 'eiaOutOfDate',
  'Wrong approver': 'wrongApprover',
  'Compliance (%)': 'compliancePct',
  'Policies evaluated in the last 12 months': 'evaluatedInLast12Months',
  'Link governor reports this term': 'linkGovernorReportsThisTerm',
  'Termly report submitted': 'termlyReportSubmitted',
  'School id': 'schoolId',
};

/** What a clerk should never meet in a spreadsheet: a code-like heading (camelCase, lower case first) or a raw true/false. */
function codeLike(text: string): string[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const headings = header.filter((heading) => /[a-z][A-Z]/.test(heading) || /^[a-z]/.test(heading));
  const cells = rows.flat().filter((cell) => /^(true|false)$/i.test(cell));
  return [...headings, ...cells];
}

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

  it('has no camelCase heading and no raw true or false, in either export', async () => {
    const register = (await get(registerCsv(trust.oak)).expect(200)).text;
    const compliance = (await get(complianceCsv()).expect(200)).text;
    expect(codeLike(register)).toEqual([]);
    expect(codeLike(compliance)).toEqual([]);
    // Both files do carry booleans (statutory, termly report submitted): as Yes and No.
    expect(records(register).map((r) => r.Statutory)).toEqual(expect.arrayContaining(['Yes', 'No']));
    expect(records(compliance).map((r) => r['Termly report submitted'])).toEqual(expect.arrayContaining(['Yes', 'No']));
  });

  describe("a school's register", () => {
    it('answers UTF-8 CSV with headings in words, one row per policy, the values of the JSON register', async () => {
      const response = await get(registerCsv(trust.oak)).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="policies-oak-primary-${MINUTES_TODAY}.csv"`);
      expect(response.text.split('\r\n')[0]).toBe(
        '\uFEFFPolicy,School,Status,Set by,Adopted version,Current version,Last reviewed,Next review due,Next review as set,' +
          'Equality impact assessment,EIA for version,Category,Statutory,Approved by,Adoption approved by,Expected approver,Approver as expected,Wrong approver,Approver exception reason,Review cycle (months),Last evaluated,Effectiveness (last evaluation),Policy id',
      );
      const json = (await get(`/api/trusts/${trust.id}/schools/${trust.oak}/policies`).expect(200)).body as Record<string, unknown>[];
      const csv = records(response.text);
      expect(csv).toHaveLength(json.length);
      expect(json.length).toBe(5);
      csv.forEach((row, i) => {
        for (const [heading, key] of Object.entries(REGISTER_SAME_AS_JSON)) expect([heading, row[heading]]).toEqual([heading, asCsv(json[i][key])]);
        expect(row.Policy === json[i].title || row.Policy === `'${json[i].title}`).toBe(true);
        expect(row.School).toBe('Oak Primary');
      });
      expect(csv.find((r) => r['Policy id'] === trust.policies.safe)).toMatchObject({
        Policy: 'Safeguarding',
        Status: 'Overdue',
        'Set by': 'School',
        'Next review due': '2027-02-01',
        'Equality impact assessment': 'Full assessment required',
        'Approved by': 'Local governing body',
      });
      expect(csv.find((r) => r['Policy id'] === trust.policies.acc)).toMatchObject({ Policy: 'Accessibility Plan', 'Set by': 'Trust', 'Approved by': 'Trust board' });
    });

    it('quotes by RFC 4180 and defuses text a spreadsheet would run as a formula', async () => {
      const response = await get(registerCsv(trust.oak)).expect(200);
      expect(response.text).toContain(`\r\n"'=HYPERLINK(""http://evil.example"",""Click""), see ""notes""",Oak Primary,Not adopted,School,`);
      expect(records(response.text).find((r) => r['Policy id'] === formulaPolicy)!.Policy).toBe('\'=HYPERLINK("http://evil.example","Click"), see "notes"');
      expect(response.text.split('\r\n').every((line) => !/^[=+\-@]/.test(line))).toBe(true);
    });

    it('assesses the register as of another day', async () => {
      const csv = records((await get(registerCsv(trust.oak, '?asOf=2026-11-24')).expect(200)).text);
      expect(csv.find((r) => r['Policy id'] === trust.policies.safe)).toMatchObject({ Status: 'Due soon', 'Next review due': '2027-02-01' });
      // Adopted in February 2027: not yet on 24 November 2026.
      expect(csv.find((r) => r['Policy id'] === trust.policies.acc)).toMatchObject({ Status: 'Not adopted', 'Adopted version': null });
      const bad = await get(registerCsv(trust.oak, '?asOf=2026-02-30')).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors).toEqual([{ field: 'asOf', message: 'asOf must be a real calendar date; 2026-02-30 does not exist' }]);
      const malformed = await get(registerCsv(trust.oak, '?asOf=30/02/2026')).expect(400);
      expect(malformed.body.errors).toEqual([{ field: 'asOf', message: 'asOf must be a date written YYYY-MM-DD' }]);
    });

    it("names a school's file in plain ASCII, whatever its name", async () => {
      const response = await get(registerCsv(awkward)).expect(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="policies-elan-academie-nord-${MINUTES_TODAY}.csv"`);
      const csv = records(response.text);
      expect(csv).toHaveLength(5);
      expect(csv[0].School).toBe('Élan Académie, "Nord"');
    });

    it("is readable by the school's own people only", async () => {
      await get(registerCsv(trust.oak), trust.oakClerk.token).expect(200);
      await get(registerCsv(trust.elm), trust.oakClerk.token).expect(403);
      await get(registerCsv('no-such-school')).expect(404);
      await app.http.get(registerCsv(trust.elm)).set(operator()).expect(200);
    });
  });

  describe("the trust's compliance", () => {
    it('answers one row per school, headed in words, with the figures of the JSON dashboard', async () => {
      const response = await get(complianceCsv()).expect(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="compliance-oakwood-learning-trust-${MINUTES_TODAY}.csv"`);
      expect(response.text.split('\r\n')[0]).toBe(`\uFEFF${Object.keys(COMPLIANCE_HEADINGS).join(',')}`);
      const json = (await get(`/api/trusts/${trust.id}/compliance`).expect(200)).body as { schools: Record<string, unknown>[] };
      const csv = records(response.text);
      expect(csv.map((r) => r.School)).toEqual(['Elm Academy', 'Oak Primary', 'Élan Académie, "Nord"']);
      csv.forEach((row, i) =>
        expect(row).toEqual(Object.fromEntries(Object.entries(COMPLIANCE_HEADINGS).map(([heading, key]) => [heading, asCsv(json.schools[i][key])]))),
      );
      expect(csv[1]).toMatchObject({
        Policies: '5',
        'In date': '1',
        'Due soon': '2',
        Overdue: '1',
        'Not adopted': '1',
        'Compliance (%)': '60',
        'Link governor reports this term': '1',
        'Termly report submitted': 'Yes',
        'School id': trust.oak,
      });
      expect(response.text).toContain('\r\n"Élan Académie, ""Nord""",');
    });

    it('gives a school-scoped reader their own school only', async () => {
      const csv = records((await get(complianceCsv(), trust.oakClerk.token).expect(200)).text);
      expect(csv.map((r) => r['School id'])).toEqual([trust.oak]);
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

  // Last: it sets a scheme of delegation, which changes the figures the tests above read.
  describe('the scheme of delegation', () => {
    it('writes the expected body beside the recorded one, flags a wrong one and counts it, and keeps an exception with its reason', async () => {
      const admin = bearer(trust.admin.token);
      await app.http
        .put(`/api/trusts/${trust.id}/scheme-of-delegation`)
        .set(admin)
        .send({ rules: [{ approver: 'trust-board', policyId: trust.policies.acc, schoolId: trust.oak }, { approver: 'headteacher', policyId: trust.policies.safe, schoolId: trust.oak }] })
        .expect(200);
      const adopted = await app.http
        .post(`/api/trusts/${trust.id}/schools/${trust.oak}/policies/${trust.policies.safe}/adoptions`)
        .set(admin)
        .send({ version: 2, adoptedOn: '2027-03-01', approvedBy: 'local-governing-body', exception: { reason: 'The head was absent; the LGB ratified it' } })
        .expect(201);
      trust.position = adopted.body.position as string;

      const register = records((await get(registerCsv(trust.oak)).expect(200)).text);
      // Adopted by the LGB before the scheme said the trust board: flagged and counted.
      expect(register.find((r) => r['Policy id'] === trust.policies.acc)).toMatchObject({
        'Adoption approved by': 'Local governing body',
        'Expected approver': 'Trust board',
        'Approver as expected': 'No',
        'Wrong approver': 'Yes',
        'Approver exception reason': null,
      });
      expect(register.find((r) => r['Policy id'] === trust.policies.safe)).toMatchObject({
        'Adoption approved by': 'Local governing body',
        'Expected approver': 'Headteacher',
        'Approver as expected': 'No',
        'Wrong approver': 'No',
        'Approver exception reason': 'The head was absent; the LGB ratified it',
      });
      const compliance = records((await get(complianceCsv()).expect(200)).text);
      expect(compliance.find((r) => r['School id'] === trust.oak)?.['Wrong approver']).toBe('1');
      expect(compliance.find((r) => r['School id'] === trust.elm)?.['Wrong approver']).toBe('0');
    });
  });
});
