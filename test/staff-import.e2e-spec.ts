import Database from 'better-sqlite3';
import { LoopbackSmtpServer } from '@governance/notifications/testing/loopback-smtp-server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addPerson,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  expectRefusedUnchanged,
  headPosition,
  TestPerson,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface Report {
  schoolId: string;
  applied: boolean;
  rows: number;
  added: { personId: string | null; name: string; email: string; role: string | null; changed?: string[] }[];
  changed: { personId: string; name: string; changed: string[] }[];
  leaving: { personId: string; email: string }[];
  unchanged: number;
  problems: { line: number; column: string | null; message: string }[];
}

interface PersonRow {
  id: string;
  name: string | null;
  email: string | null;
  roles: { role: string; schoolId?: string }[];
}

/** Staff lists imported from a school's MIS export: dry run, apply, leavers, bad files and who may. */
describe('staff import (POST .../schools/:schoolId/staff-imports)', () => {
  let app: TestApp;
  let smtp: LoopbackSmtpServer;
  let trust: TestTrust;
  let schoolA: string;
  let schoolB: string;
  const admin = () => bearer(trust.admin.token);
  const importsOf = (schoolId: string) => `/api/trusts/${trust.id}/schools/${schoolId}/staff-imports`;

  beforeAll(async () => {
    smtp = new LoopbackSmtpServer();
    app = await startTestApp({ SMTP_URL: await smtp.start(), REVIEW_SCAN: 'off', PUBLIC_URL: 'https://governance.example.org' });
    trust = await createTrustWithAdmin(app, { schools: 2 });
    [schoolA, schoolB] = trust.schools;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  function send(schoolId: string, csv: string | Buffer, fields: Record<string, string> = {}, auth = admin()) {
    let request = app.http.post(importsOf(schoolId)).set(auth);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv), { filename: 'staff.csv', contentType: 'text/csv' });
  }

  async function people(): Promise<PersonRow[]> {
    return (await app.http.get(`/api/trusts/${trust.id}/people`).set(admin()).expect(200)).body as PersonRow[];
  }

  /** The audit trail's event types after a position, once the read model has caught up with `until`. */
  async function auditTypesAfter(position: string, until: string): Promise<string[]> {
    for (;;) {
      const audit = await app.http.get(`/api/trusts/${trust.id}/audit`).set(admin()).expect(200);
      const items = (audit.body.items ?? audit.body) as { type: string; position: string }[];
      if (items.some((item) => BigInt(item.position) >= BigInt(until)))
        return items.filter((item) => BigInt(item.position) > BigInt(position)).map((item) => item.type);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  describe('a school with a headteacher and two members of staff', () => {
    let head: TestPerson;
    let renamed: TestPerson;
    let leaver: TestPerson;
    const newcomer = { name: 'Nadia Brooks', email: uniqueEmail('nadia') };
    const second = { name: 'Owen Price', email: uniqueEmail('owen') };
    let csv: string;

    beforeAll(async () => {
      head = await addPerson(app, trust.id, trust.admin.token, [{ role: 'headteacher', schoolId: schoolA }], { name: 'Helen Ward' });
      renamed = await addPerson(app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: schoolA }], { name: 'Rita Old', password: null });
      leaver = await addPerson(app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: schoolA }, { role: 'staff', schoolId: schoolB }], { password: null });
      // An MIS export: forename and surname, "Work email" in other capitals, a job title, CRLF, a BOM, quotes.
      csv =
        '\uFEFFForename,Surname,Work Email,Job Title\r\n' +
        `Nadia,Brooks,${newcomer.email.toUpperCase()},Class teacher\r\n` +
        `Owen,Price,${second.email},"Teaching assistant, Year 2"\r\n` +
        `Helen,Ward,${head.email},Headteacher\r\n` +
        `Rita,New,${renamed.email},\r\n` +
        '\r\n';
    });

    it('a dry run (the default) answers 200 with who is added, changed and leaving, and appends nothing', async () => {
      const before = await headPosition(app);
      const response = await send(schoolA, csv).expect(200);
      const report = response.body as Report;
      expect(report).toMatchObject({ schoolId: schoolA, applied: false, rows: 4, unchanged: 0, problems: [], position: null });
      expect(report.added).toEqual([
        { personId: null, name: 'Nadia Brooks', email: newcomer.email.toUpperCase(), role: 'Class teacher' },
        { personId: null, name: 'Owen Price', email: second.email, role: 'Teaching assistant, Year 2' },
        { personId: head.id, name: 'Helen Ward', email: head.email, role: 'Headteacher', changed: ['role'] },
      ]);
      expect(report.changed).toEqual([{ personId: renamed.id, name: 'Rita New', email: renamed.email, role: null, changed: ['name'] }]);
      expect(report.leaving.map((person) => person.personId)).toEqual([leaver.id]);
      expect(await headPosition(app)).toBe(before);
    });

    it('applied, answers 201: new people with the staff role, the head keeps their role, the leaver keeps their other school; the job title stays out of the log', async () => {
      const before = await headPosition(app);
      const response = await send(schoolA, csv, { apply: 'true' }).expect(201);
      expect(response.body).toMatchObject({ applied: true, problems: [] });
      // The position is the import's own record, the last event it appended.
      expect(response.body.position).toBe(await headPosition(app));
      const everyone = await people();
      const byEmail = (email: string) => everyone.find((person) => person.email?.toLowerCase() === email.toLowerCase());
      expect(byEmail(newcomer.email)).toMatchObject({ name: 'Nadia Brooks', roles: [{ role: 'staff', schoolId: schoolA }] });
      expect(byEmail(second.email)?.roles).toEqual([{ role: 'staff', schoolId: schoolA }]);
      expect(byEmail(head.email)?.roles).toEqual([{ role: 'headteacher', schoolId: schoolA }, { role: 'staff', schoolId: schoolA }]);
      expect(byEmail(renamed.email)?.name).toBe('Rita New');
      expect(byEmail(leaver.email)?.roles).toEqual([{ role: 'staff', schoolId: schoolB }]);
      const types = await auditTypesAfter(before, await headPosition(app));
      expect(types.filter((type) => type === 'PersonRegistered')).toHaveLength(2);
      expect(types.filter((type) => type === 'RoleRevoked')).toHaveLength(1);
      expect(types).toContain('StaffListImported');
      const log = ['events.db', 'events.db-wal'].map((file) => { try { return readFileSync(join(app.dataDir, file)).toString('latin1'); } catch { return ''; } }).join('');
      expect(log).not.toContain('Teaching assistant');
    });

    it('applied again, the same file appends nothing and reports everyone unchanged', async () => {
      const before = await headPosition(app);
      const response = await send(schoolA, csv, { apply: 'true' }).expect(201);
      expect(response.body).toMatchObject({ added: [], changed: [], leaving: [], unchanged: 4, position: null });
      expect(await headPosition(app)).toBe(before);
    });

    it('a new member of staff signs in with an emailed link, without a password', async () => {
      await app.http.post('/api/auth/email-link').send({ email: newcomer.email }).expect(202);
      await smtp.waitForAccepted(1);
      const mail = smtp.accepted.find((sent) => sent.to.some((to) => to.toLowerCase() === newcomer.email.toLowerCase()));
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
      expect(token).toBeDefined();
      const signedIn = await app.http.post('/api/auth/email-link/consume').send({ token }).expect(200);
      expect(signedIn.body.accessToken).toEqual(expect.any(String));
    });
    it("erasing a member of staff removes their job title with their name (it is personal data)", async () => {
      const person = (await people()).find((row) => row.email?.toLowerCase() === second.email.toLowerCase());
      const jobTitle = () => {
        const db = new Database(join(app.dataDir, 'directory.db'), { readonly: true });
        try {
          return (db.prepare('SELECT job_title FROM people WHERE person_id = ?').get(person?.id) as { job_title: string | null }).job_title;
        } finally {
          db.close();
        }
      };
      expect(jobTitle()).toBe('Teaching assistant, Year 2');
      await app.http.delete(`/api/trusts/${trust.id}/people/${person?.id}`).set(admin()).expect(201);
      expect(jobTitle()).toBeNull();
    });
  });

  describe('bad input: each problem is a line of the report, and nothing is applied until the file is clean', () => {
    const good = { name: 'Grace Hill', email: uniqueEmail('grace') };
    const dupe = uniqueEmail('dupe');
    const file = [
      'Name,Email,Role',
      `${good.name},${good.email},Librarian`,
      'Ben Jones,not-an-email,Teacher',
      `Cara Dee,${dupe},Teacher`,
      `,${uniqueEmail('noname')},Teacher`,
      `Dan Eve,${dupe.toUpperCase()},Cook`,
      `=HYPERLINK("http://x"),${uniqueEmail('formula')},Teacher`,
      `Fay Gee,${uniqueEmail('tab')},"\tCaretaker"`,
    ].join('\n');

    it('a dry run names each problem line, its column and what is wrong in plain English', async () => {
      const report = (await send(schoolB, file).expect(200)).body as Report;
      expect(report.rows).toBe(7);
      expect(report.problems.map(({ line, column }) => ({ line, column }))).toEqual([
        { line: 3, column: 'email' },
        { line: 4, column: 'email' },
        { line: 5, column: 'name' },
        { line: 6, column: 'email' },
        { line: 7, column: 'name' },
        { line: 8, column: 'role' },
      ]);
      expect(report.problems[0].message).toMatch(/"not-an-email" is not an email address/);
      expect(report.problems[1].message).toMatch(/also on line 6/);
      expect(report.problems[3].message).toMatch(/also on line 4/);
      expect(report.problems[2].message).toBe('The name is missing.');
      expect(report.problems[4].message).toMatch(/starts with "=", which a spreadsheet would run as a formula/);
      expect(report.problems[5].message).toMatch(/starts with a tab/);
      expect(report.added.map((person) => person.email)).toEqual([good.email]);
    });

    it('applying a file with problems is a 422 carrying the same problems, and appends nothing', async () => {
      const body = await expectRefusedUnchanged(app, () => send(schoolB, file, { apply: 'true' }), 422);
      expect(body.code).toBe('staff-list-has-problems');
      expect(body.detail).toMatch(/problems on 6 lines, so nothing was applied/);
      expect((body.problems as unknown[]).length).toBe(6);
    });

    it('with applyCleanLines the clean lines are applied and the report lists the lines left out', async () => {
      const response = await send(schoolB, file, { apply: 'true', applyCleanLines: 'true' }).expect(201);
      expect(response.body.added).toEqual([expect.objectContaining({ email: good.email })]);
      expect((response.body as Report).problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8]);
      const grace = (await people()).find((person) => person.email === good.email);
      expect(grace?.roles).toEqual([{ role: 'staff', schoolId: schoolB }]);
    });

    it('a file without a name or email column is refused as a whole (422), naming the columns found and expected', async () => {
      const body = await expectRefusedUnchanged(app, () => send(schoolB, 'Staff code,Department\nAB1,Maths\n', { apply: 'true' }), 422);
      expect(body.code).toBe('missing-columns');
      expect(body.detail).toMatch(/no name and email column.*"Staff code", "Department".*"Forename" and "Surname"/);
    });

    it('an empty file, a binary file and an Excel workbook are refused with what to do instead', async () => {
      expect((await expectRefusedUnchanged(app, () => send(schoolB, ''), 422)).code).toBe('empty-file');
      expect((await expectRefusedUnchanged(app, () => send(schoolB, '\n \n'), 422)).code).toBe('empty-file');
      expect((await expectRefusedUnchanged(app, () => send(schoolB, Buffer.from([0x00, 0x01, 0x02, 0xff])), 422)).detail).toMatch(/binary data/);
      expect((await expectRefusedUnchanged(app, () => send(schoolB, Buffer.from('PK\u0003\u0004xl/workbook.xml')), 422)).detail).toMatch(/Excel workbook/);
    });

    it('more than 5,000 rows is refused (422), and a file over 2 MB gets 413 even at 20 MB', async () => {
      const rows = Array.from({ length: 5001 }, (_, i) => `P ${i},p${i}@example.org`);
      const many = await expectRefusedUnchanged(app, () => send(schoolB, ['Name,Email', ...rows].join('\n')), 422);
      expect(many.detail).toMatch(/5001 rows; one import takes at most 5000/);
      const huge = Buffer.alloc(20 * 1024 * 1024, 'a');
      const tooBig = await expectRefusedUnchanged(app, () => send(schoolB, huge, { apply: 'true' }), 413);
      expect(tooBig.detail).toMatch(/larger than 2 MB/);
    });

    it("an address of someone in another trust is a problem line that does not name the other trust", async () => {
      const other = await createTrustWithAdmin(app, { name: 'Secret Other Trust', schools: 1 });
      const report = (await send(schoolB, `Name,Email\nOlga Other,${other.admin.email}\n`).expect(200)).body as Report;
      expect(report.added).toEqual([]);
      expect(report.problems).toEqual([{ line: 2, column: 'email', message: expect.stringMatching(/already used by an account this school cannot add/) }]);
      expect(JSON.stringify(report)).not.toMatch(/Secret Other Trust|${other.id}/);
    });
  });

  describe('who may import', () => {
    const list = () => `Name,Email\nZoe Young,${uniqueEmail('zoe')}\n`;

    it("the school's own headteacher may; a headteacher of another school and a governor may not (403, nothing appended)", async () => {
      const headA = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: schoolA }]);
      const headB = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: schoolB }]);
      const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: schoolA }]);
      await send(schoolA, list(), {}, bearer(headA.token)).expect(200);
      await expectRefusedUnchanged(app, () => send(schoolA, list(), { apply: 'true' }, bearer(headB.token)), 403);
      await expectRefusedUnchanged(app, () => send(schoolA, list(), { apply: 'true' }, bearer(governor.token)), 403);
    });
  });
});
