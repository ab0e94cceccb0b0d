import type { GovernanceRegister, GovernanceRegisterEntry } from '@governance/contracts';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, SignedInPerson, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/*
 * The governance register a trust publishes, over HTTP: as of a day (someone who left 11 months
 * ago listed as former with their past interests, 13 months ago gone), attendance counted from
 * recorded meetings of each body over the last academic year, the same register as CSV for
 * Excel and as an HTML fragment with every name escaped, erasure, and bad input refused.
 */
describe('the governance register over HTTP', () => {
  const TODAY = '2026-11-24';
  let app: TestApp;
  let trust: TestTrust;
  let other: TestTrust;
  let libra: string;
  let clerk: SignedInPerson;
  let tara: SignedInPerson;
  let leo: SignedInPerson;
  let fay: SignedInPerson;
  let ed: SignedInPerson;
  let gina: SignedInPerson;
  let sam: SignedInPerson;
  let aries: SignedInPerson;
  let mo: SignedInPerson;

  const base = () => `/api/trusts/${trust.id}`;
  const post = (path: string, body: object) => app.http.post(`${base()}${path}`).set(bearer(clerk.token)).send(body).expect(201);
  const appoint = (person: SignedInPerson, body: Record<string, unknown>) => post(`/people/${person.id}/appointments`, body);
  const board = (role: string, startsOn: string, endsOn: string) => ({ body: 'trust-board', role, appointedBy: 'Members', startsOn, endsOn });
  const endAppointment = async (person: SignedInPerson, endedOn: string) => {
    const [theirs] = (await app.http.get(`${base()}/people/${person.id}/appointments`).set(bearer(clerk.token)).expect(200)).body as { appointmentId: string }[];
    await post(`/people/${person.id}/appointments/${theirs.appointmentId}/end`, { endedOn, reason: 'Resigned' });
  };
  const meetingWith = async (body: Record<string, unknown>, attendance: [SignedInPerson, string][]) => {
    const id = (await post('/meetings', body)).body.id as string;
    if (attendance.length > 0) await post(`/meetings/${id}/attendance`, { attendance: attendance.map(([p, status]) => ({ personId: p.id, status })) });
    return id;
  };
  const register = (query = '', who: SignedInPerson = clerk) => app.http.get(`${base()}/governance-register${query}`).set(bearer(who.token));
  const json = async (query = '') => {
    const position = await headPosition(app);
    return (await register(query).set('X-Min-Position', position).expect(200)).body as GovernanceRegister;
  };
  const entry = (answer: GovernanceRegister, title: string, name: string): GovernanceRegisterEntry | undefined =>
    answer.bodies.find((body) => body.title === title)?.people.find((person) => person.name === name);

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: TODAY, REVIEW_SCAN: 'off' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    other = await createTrustWithAdmin(app, { schools: ['Other School'] });
    [libra] = trust.schools;
    clerk = await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Clara Clerk' });
    tara = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Tara Trustee' });
    leo = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Leo Leaver' });
    fay = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Fay Forgotten' });
    ed = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Ed Erased' });
    gina = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gina Governor' });
    sam = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Sam <script>alert("x")</script> & Co' });
    aries = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[1] }], { name: 'Ari Aries' });
    mo = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Mo Member' });

    await appoint(mo, { body: 'members', role: 'member', appointedBy: 'Founding members', startsOn: '2024-09-01', endsOn: '2028-08-31' });
    await appoint(tara, board('chair', '2024-09-01', '2028-08-31'));
    await appoint(leo, board('trustee', '2023-09-01', '2027-08-31'));
    await appoint(fay, board('trustee', '2022-09-01', '2026-08-31'));
    await appoint(ed, board('trustee', '2024-09-01', '2028-08-31'));
    await appoint(gina, { body: 'local-governing-body', schoolId: libra, role: 'parent-governor', appointedBy: 'Parents (election)', startsOn: '2025-09-01', endsOn: '2029-08-31' });
    await appoint(sam, { body: 'local-governing-body', schoolId: libra, role: 'co-opted', appointedBy: 'Local governing body', startsOn: '2025-09-01', endsOn: '2029-08-31' });
    // Leo left 11 months before today (cut-off 24 November 2025); Fay 13 months before.
    await endAppointment(leo, '2025-12-20');
    await endAppointment(fay, '2025-10-20');

    await post(`/people/${tara.id}/interests`, {
      declaredOn: '2026-10-01',
      interests: [
        { kind: 'directorship', description: 'Director of Tara Consulting Ltd', from: '2019-01-01' },
        { kind: 'employment', description: 'Finance officer at the council', from: '2015-01-01', to: '2025-06-30' },
      ],
    });
    await post(`/people/${leo.id}/interests`, {
      declaredOn: '2025-10-01',
      interests: [{ kind: 'contract-or-supplier', description: 'Director of Hollins Building Services Ltd (repairs contractor to the trust)', from: '2020-01-01', to: '2025-12-20' }],
    });
    await post(`/people/${fay.id}/interests`, { declaredOn: '2025-09-15', interests: [{ kind: 'shareholding', description: 'Shares in Fay Supplies plc' }] });
    await post(`/people/${gina.id}/interests`, { declaredOn: '2026-09-10', interests: [] });

    // 2025-26 (the last academic year completed): two board meetings, a cancelled one, one LGB meeting.
    await meetingWith({ body: 'trust-board', date: '2025-11-10' }, [[tara, 'present'], [leo, 'apologies-accepted'], [ed, 'present']]);
    await meetingWith({ body: 'trust-board', date: '2026-01-15' }, [[tara, 'present'], [ed, 'absent']]);
    const cancelled = await meetingWith({ body: 'trust-board', date: '2026-03-03' }, [[tara, 'present'], [ed, 'present']]);
    await post(`/meetings/${cancelled}/cancellation`, { reason: 'Snow' });
    await meetingWith({ body: 'local-governing-body', schoolId: libra, date: '2026-03-10' }, [[gina, 'present'], [sam, 'absent']]);
    // This academic year (2026-27): counted only when asked for.
    await meetingWith({ body: 'trust-board', date: '2026-10-01' }, [[tara, 'present'], [ed, 'present']]);
    // Set up but not yet recorded: not counted.
    await meetingWith({ body: 'trust-board', date: '2026-06-01' }, []);
  }, 180_000);
  afterAll(async () => {
    await app.close();
  });

  it('lists per body who sits on it today, and who left within 12 months as former with their past interests', async () => {
    const answer = await json();
    expect(answer).toMatchObject({ trustId: trust.id, asOf: TODAY, schoolId: null, attendanceYear: { label: '2025-26', from: '2025-09-01', to: '2026-08-31' } });
    expect(answer.bodies.map((body) => [body.title, body.people.map((p) => p.name)])).toEqual([
      ['Members', ['Mo Member']],
      // Those sitting on the body first, by the start of their term; then those who left.
      ['Trust board', ['Tara Trustee', 'Ed Erased', 'Leo Leaver']],
      ['Libra School local governing body', ['Gina Governor', 'Sam <script>alert("x")</script> & Co']],
    ]);
    expect(entry(answer, 'Trust board', 'Tara Trustee')).toMatchObject({
      role: 'chair',
      roleInWords: 'chair',
      appointedBy: 'Members',
      termStartsOn: '2024-09-01',
      termEndsOn: '2028-08-31',
      former: false,
      leftOn: null,
      interests: {
        declaredOn: '2026-10-01',
        nothingToDeclare: false,
        current: [{ kind: 'directorship', description: 'Director of Tara Consulting Ltd', from: '2019-01-01', to: null }],
        // Ended more than 12 months ago: no longer published.
        endedRecently: [],
      },
    });
    expect(entry(answer, 'Trust board', 'Leo Leaver')).toMatchObject({
      former: true,
      leftOn: '2025-12-20',
      termEndsOn: '2027-08-31',
      interests: { current: [], endedRecently: [expect.objectContaining({ kind: 'contract-or-supplier', to: '2025-12-20' })] },
    });
    expect(JSON.stringify(answer)).not.toContain('Fay');
    expect(entry(answer, 'Libra School local governing body', 'Gina Governor')?.interests).toMatchObject({ declaredOn: '2026-09-10', nothingToDeclare: true });
  });

  it('shows the register as it stood on an earlier day: the person who has since gone is listed then', async () => {
    const answer = await json('?asOf=2025-11-01');
    expect(entry(answer, 'Trust board', 'Fay Forgotten')).toMatchObject({ former: true, leftOn: '2025-10-20', interests: { current: [expect.objectContaining({ kind: 'shareholding' })] } });
    expect(entry(answer, 'Trust board', 'Leo Leaver')).toMatchObject({ former: false, interests: { current: [expect.objectContaining({ to: '2025-12-20' })] } });
    // Gina sat on the LGB then, but had not declared yet.
    expect(entry(answer, 'Libra School local governing body', 'Gina Governor')?.interests.declaredOn).toBeNull();
    expect(answer.attendanceYear.label).toBe('2024-25');
  });

  it("counts attendance at each body's recorded meetings in the last academic year", async () => {
    const answer = await json();
    expect(entry(answer, 'Trust board', 'Tara Trustee')?.attendance).toEqual({ expected: 2, attended: 2 });
    expect(entry(answer, 'Trust board', 'Leo Leaver')?.attendance).toEqual({ expected: 1, attended: 0 });
    expect(entry(answer, 'Libra School local governing body', 'Gina Governor')?.attendance).toEqual({ expected: 1, attended: 1 });
    expect(entry(answer, 'Libra School local governing body', 'Sam <script>alert("x")</script> & Co')?.attendance).toEqual({ expected: 1, attended: 0 });
    expect(entry(answer, 'Members', 'Mo Member')?.attendance).toBeNull();
    const thisYear = await json('?year=2026-27');
    expect(thisYear.attendanceYear.label).toBe('2026-27');
    expect(entry(thisYear, 'Trust board', 'Tara Trustee')?.attendance).toEqual({ expected: 1, attended: 1 });
  });

  it("narrows to one academy's local governing body, and anyone in the trust may read it", async () => {
    const answer = await json(`?schoolId=${libra}`);
    expect(answer.bodies.map((body) => body.title)).toEqual(['Libra School local governing body']);
    const empty = (await register(`?schoolId=${trust.schools[1]}`, aries).expect(200)).body as GovernanceRegister;
    expect(empty.bodies).toEqual([expect.objectContaining({ title: 'Aries Academy local governing body', people: [] })]);
    await register('', gina).expect(200);
  });

  it('gives a CSV for Excel: headings in words, a byte order mark, CRLF, one row per person per body', async () => {
    const response = await register('?format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="governance-register-.+-2026-11-24\.csv"$/);
    const text = response.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Body,Name,Role,Appointed by,Term of office starts,Term of office ends,Status,Left on,Interests,Interests ended in the last 12 months,Declaration made on,Meetings attended (2025-26),Meetings expected (2025-26),Person id',
    );
    expect(lines).toContain(
      `Trust board,Leo Leaver,Trustee,Members,2023-09-01,2027-08-31,Former,2025-12-20,None,Contract or supplier: Director of Hollins Building Services Ltd (repairs contractor to the trust) (from 2020-01-01 to 2025-12-20),2025-10-01,0,1,${leo.id}`,
    );
    // Quoted as RFC 4180 asks, so Excel reads the name in one cell.
    expect(lines).toContain(`Libra School local governing body,"Sam <script>alert(""x"")</script> & Co",Co-opted governor,Local governing body,2025-09-01,2029-08-31,Current,,Not declared,,,0,1,${sam.id}`);
    expect(lines).toContain(`Members,Mo Member,Member,Founding members,2024-09-01,2028-08-31,Current,,Not declared,,,,,${mo.id}`);
    expect(lines.find((line) => line.includes('Tara Trustee'))).toContain('Directorship: Director of Tara Consulting Ltd (from 2019-01-01)');
    // Asked by Accept, the same file.
    expect((await register().set('Accept', 'text/csv').expect(200)).text).toBe(text);
  });

  it('gives an HTML fragment: a captioned table per body, every name escaped, no script', async () => {
    const response = await register().set('Accept', 'text/html').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    const html = response.text;
    expect(html).not.toMatch(/<script|<style|\son\w+=|javascript:/i);
    expect(html).toContain('<th scope="row">Sam &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</th>');
    expect(html.match(/<caption>[^<]*<\/caption>/g)).toEqual(['<caption>Members</caption>', '<caption>Trust board</caption>', '<caption>Libra School local governing body</caption>']);
    expect(html).toContain('<th scope="row">Leo Leaver (former)</th>');
    expect(html).toContain('1 September 2024 to 31 August 2028');
    expect(html).toContain('Contract or supplier: Director of Hollins Building Services Ltd (repairs contractor to the trust) (from 1 January 2020 to 20 December 2025)');
    expect(html).toContain('<td>2 of 2</td>');
    expect((await register('?format=html').expect(200)).text).toBe(html);
  });

  it('leaves an erased person out of every form of the register', async () => {
    await app.http.delete(`${base()}/people/${ed.id}`).set(bearer(trust.admin.token)).expect(201);
    const answer = await json();
    expect(answer.bodies.find((body) => body.title === 'Trust board')?.people.map((p) => p.name)).toEqual(['Tara Trustee', 'Leo Leaver']);
    expect(JSON.stringify(answer)).not.toContain(ed.id);
    expect((await register('?format=csv').expect(200)).text).not.toContain(ed.id);
    expect((await register('?format=html').expect(200)).text).not.toContain('Ed Erased');
  });

  it('refuses bad input with a clear problem document', async () => {
    const badDay = await expectRefusedUnchanged(app, () => register('?asOf=2026-02-30'), 400);
    expect(JSON.stringify(badDay)).toContain('asOf must be a real calendar date; 2026-02-30 does not exist');
    const badShape = await expectRefusedUnchanged(app, () => register('?asOf=24/11/2026'), 400);
    expect(JSON.stringify(badShape)).toContain('asOf must be a date written YYYY-MM-DD');
    const foreignSchool = await expectRefusedUnchanged(app, () => register(`?schoolId=${other.schools[0]}`), 404);
    expect(foreignSchool.detail).toContain(other.schools[0]);
    const badYear = await expectRefusedUnchanged(app, () => register('?year=2025-27'), 400);
    expect(JSON.stringify(badYear)).toContain('year must be an academic year such as 2026-27');
    const badFormat = await expectRefusedUnchanged(app, () => register('?format=pdf'), 400);
    expect(JSON.stringify(badFormat)).toContain('format must be one of json, csv, html');
    const notAcceptable = await expectRefusedUnchanged(app, () => register().set('Accept', 'application/pdf'), 406);
    expect(notAcceptable.available).toEqual(['application/json', 'text/csv', 'text/html']);
    await expectRefusedUnchanged(app, () => app.http.get(`${base()}/governance-register`).set(bearer(other.admin.token)), 404);
  });
});
