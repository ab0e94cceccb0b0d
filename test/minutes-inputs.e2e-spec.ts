import { minutesOutline, renderMinutesMarkdown, xmlSafe } from '@governance/documents';
import { londonToday } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import type { MinutesInputs } from '@governance/projections';
import mammoth from 'mammoth';
import type { Response } from 'supertest';
import { readZip } from '../libs/documents/src/minutes/testing/read-zip';
import { bearer, expectRefusedUnchanged, headPosition, operator } from './support/fixtures';
import { buildMinutesTrust, MINUTES_TODAY, MinutesTrust } from './support/minutes-trust';
import { startTestApp, TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Collects a binary answer (supertest buffers only text and JSON by itself). */
function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/**
 * The clerk's termly pack over HTTP for a hand-built trust (test/support/minutes-trust.ts):
 * each section's facts, the same facts as JSON, Markdown and Word, the audit trail entry of
 * every generation, and who may read which pack.
 */
describe("the clerk's termly pack (minutes inputs)", () => {
  let app: TestApp;
  let trust: MinutesTrust;
  let pack: MinutesInputs;

  const url = (query = '', term = '2027-spring') => `/api/trusts/${trust.id}/terms/${term}/minutes-inputs${query}`;
  const get = (path: string, token = trust.trustClerk.token) =>
    app.http.get(path).set(bearer(token)).set('X-Min-Position', trust.position);
  const school = (inputs: MinutesInputs, schoolId: string) => inputs.schools.find((s) => s.school.id === schoolId)!;

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: MINUTES_TODAY });
    trust = await buildMinutesTrust(app);
    pack = (await get(url()).set('Accept', 'application/json').expect(200)).body as MinutesInputs;
  }, 120_000);
  afterAll(() => app.close());

  describe('the facts of each section (JSON)', () => {
    it("names the trust, the body and the term with the trust's own dates", () => {
      expect(pack).toMatchObject({
        trust: { id: trust.id, name: 'Oakwood Learning Trust' },
        body: 'trust-board',
        term: { id: '2027-spring', label: 'Spring 2027', startsOn: '2027-01-04', endsOn: '2027-03-26' },
        previousTerm: { id: '2026-autumn', endsOn: '2027-01-03' },
        nextTerm: { id: '2027-summer', startsOn: '2027-04-01', endsOn: '2027-08-31' },
        asOf: '2027-03-10',
        generatedOn: '2027-03-10',
      });
      expect(pack.schools.map((s) => s.school)).toEqual([
        { id: trust.elm, name: 'Elm Academy', urn: null },
        { id: trust.oak, name: 'Oak Primary', urn: '100001' },
      ]);
    });

    it('lists what was approved, adopted or reviewed in the term, by whom, with the minute reference', () => {
      expect(pack.trustLevel!.policyActions).toEqual([
        {
          policyId: trust.policies.acc, title: 'Accessibility Plan', level: 'trust', action: 'approved', on: '2027-01-25', version: 1,
          approvedBy: 'trust-board', minuteRef: 'TB/27/02', outcome: null, nextReviewDue: null, notes: null,
          recordedBy: { id: trust.admin.id, name: 'Ruth Okafor' },
        },
        expect.objectContaining({ title: 'Complaints', level: 'trust', action: 'reviewed', on: '2027-02-20', outcome: 'amended', nextReviewDue: '2027-03-25' }),
      ]);
      expect(school(pack, trust.oak).policyActions.map((a) => [a.title, a.action, a.on, a.approvedBy, a.recordedBy?.name])).toEqual([
        ['Accessibility Plan', 'adopted', '2027-02-05', 'local-governing-body', 'Ruth Okafor'],
        ['Behaviour', 'reviewed', '2027-02-10', null, 'Ruth Okafor'],
      ]);
      expect(school(pack, trust.elm).policyActions.map((a) => [a.title, a.action, a.version])).toEqual([['Safeguarding', 'adopted', 2]]);
    });

    it('lists reviews due this term and next, and overdue ones with how long', () => {
      const oak = school(pack, trust.oak);
      expect(oak.reviewsDue.map((r) => [r.title, r.nextReviewDue, r.dueIn, r.status])).toEqual([
        ['Complaints', '2027-03-25', 'this-term', 'due-soon'],
        ['Behaviour', '2027-08-31', 'next-term', 'due-soon'],
      ]);
      expect(oak.overdue).toEqual([
        { policyId: trust.policies.safe, title: 'Safeguarding', nextReviewDue: '2027-02-01', lastReviewedOn: null, daysOverdue: 37, overdueFor: '1 month' },
      ]);
      expect(school(pack, trust.elm).overdue).toEqual([]);
    });

    it('lists EIAs missing or requiring a full assessment', () => {
      expect(school(pack, trust.oak).eias.map((e) => [e.title, e.eia, e.lastEiaOn])).toEqual([
        ['Accessibility Plan', 'missing', null],
        ['Complaints', 'missing', null],
        ['Safeguarding', 'full-assessment-required', '2026-02-01'],
      ]);
      expect(school(pack, trust.elm).eias.map((e) => [e.title, e.adopted])).toEqual([
        ['Accessibility Plan', false],
        ['Complaints', false],
        ['Safeguarding', true],
      ]);
    });

    it("gives link governors' visits and reports this term, and who has not reported", () => {
      const grace = { id: trust.grace.id, name: 'Grace Hall' };
      expect(school(pack, trust.oak).linkGovernance).toEqual({
        visits: [
          { governor: grace, visitedOn: '2027-02-03', purpose: 'Met the DSL', findings: 'Records are up to date', policies: ['Safeguarding'], actions: ['Update the visitor leaflet'] },
        ],
        reports: [
          {
            governor: grace, reportedOn: londonToday(new Date()), summary: 'Safeguarding is effective',
            recommendations: 'Refresh training for new staff', policies: ['Safeguarding'],
          },
        ],
        notReported: [{ governor: { id: trust.gita.id, name: 'Gita Rao' }, areas: ['SEND'] }],
      });
      expect(school(pack, trust.elm).linkGovernance).toEqual({ visits: [], reports: [], notReported: [] });
    });

    it("gives the headteacher's latest report beside last term's incidents, or says none was submitted", () => {
      expect(school(pack, trust.oak).termlyReport).toEqual({
        submission: 2,
        submittedOn: londonToday(new Date()),
        submittedBy: { id: trust.head.id, name: 'Helen Park' },
        summary: 'A calm term',
        incidents: [
          { category: 'allegations-about-staff', label: 'Allegations made about school staff', thisTerm: null, previousTerm: 1 },
          { category: 'prejudice-related', label: 'Prejudice related incidents', thisTerm: 1, previousTerm: null },
          { category: 'e-safety', label: 'e-Safety incidents', thisTerm: 3, previousTerm: 5 },
          { category: 'lunchtime fights', label: 'lunchtime fights', thisTerm: 2, previousTerm: null },
        ],
        training: ['Prevent refresher'],
        previousTermSubmitted: true,
      });
      expect(school(pack, trust.elm).termlyReport).toBeNull();
    });

    it('drafts resolutions for the versions awaiting approval or adoption', () => {
      expect(pack.trustLevel!.decisions).toEqual([
        expect.objectContaining({
          title: 'Complaints', action: 'approve', version: 2, versionSummary: 'Adds the DfE 2026 timescales', forThisBody: true,
          resolution: 'That the trust board approves version 2 of “Complaints”.',
        }),
      ]);
      expect(school(pack, trust.oak).decisions.map((d) => d.resolution)).toEqual([
        'That the trust board notes that version 2 of “Safeguarding” awaits adoption by the local governing body.',
      ]);
      expect(school(pack, trust.elm).decisions.map((d) => [d.title, d.version, d.approver])).toEqual([
        ['Accessibility Plan', 1, 'local-governing-body'],
        ['Behaviour', 1, 'headteacher'],
        ['Complaints', 1, 'local-governing-body'],
      ]);
    });

    it('puts one row per academy in the trust board table', () => {
      expect(pack.overview!.map((r) => [r.name, r.policies, r.inDate, r.dueSoon, r.overdue, r.notAdopted, r.compliancePct, r.termlyReportSubmitted, r.decisions])).toEqual([
        ['Elm Academy', 4, 1, 0, 0, 3, 25, false, 3],
        ['Oak Primary', 4, 1, 2, 1, 0, 75, true, 1],
      ]);
    });

    it("gives a school's pack for its local governing body, without the other academies", async () => {
      const oakPack = (await get(url(`?schoolId=${trust.oak}`), trust.oakClerk.token).expect(200)).body as MinutesInputs;
      expect(oakPack.body).toBe('local-governing-body');
      expect(oakPack.overview).toBeNull();
      expect(oakPack.trustLevel).toBeNull();
      expect(oakPack.schools.map((s) => s.school.name)).toEqual(['Oak Primary']);
      expect(oakPack.schools[0].decisions.map((d) => d.resolution)).toEqual(['That the local governing body adopts version 2 of “Safeguarding”.']);
      expect(oakPack.schools[0].overdue).toEqual(school(pack, trust.oak).overdue);
    });
  });

  describe('the same facts as Markdown and Word', () => {
    it('answers Markdown that lays out exactly the JSON facts', async () => {
      const response = await get(url()).set('Accept', 'text/markdown').expect(200);
      expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(response.headers.vary).toMatch(/Accept/);
      expect(response.text).toBe(renderMinutesMarkdown(pack));
      for (const fact of ['# Inputs for the minutes: Trust board, Spring 2027', '**Trust:** Oakwood Learning Trust', 'TB/27/02', '| Safeguarding | 1 February 2027 | 1 month | 37 |', '- Gita Rao (SEND)', 'No termly report was submitted for Spring 2027.', '| e-Safety incidents | 3 | 5 |']) {
        expect(response.text).toContain(fact);
      }
    });

    it('answers a Word document, named for download, that holds every fact (read by mammoth and from its XML)', async () => {
      const response = await get(url()).set('Accept', DOCX).buffer(true).parse(binary).expect(200);
      expect(response.headers['content-type']).toBe(DOCX);
      expect(response.headers['content-disposition']).toBe('attachment; filename="minutes-inputs-oakwood-learning-trust-2027-spring.docx"');
      const bytes = response.body as Buffer;
      const { value: text } = await mammoth.extractRawText({ buffer: bytes });
      const facts = minutesOutline(pack).blocks.flatMap((block) => {
        switch (block.kind) {
          case 'heading':
          case 'paragraph':
            return [block.text];
          case 'bullets':
          case 'numbered':
            return block.items;
          case 'table':
            return [...block.header, ...block.rows.flat()];
        }
      });
      expect(facts.length).toBeGreaterThan(150);
      expect(facts.filter((fact) => !text.includes(xmlSafe(fact)))).toEqual([]);
      const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
      expect(html).toContain('<h1>Inputs for the minutes: Trust board, Spring 2027</h1>');
      expect(html).toContain('<h2>Oak Primary</h2>');
      expect(html).toContain('<h3>Overdue reviews</h3>');
      const files = readZip(bytes);
      const xml = files.get('word/document.xml')!.toString('utf8');
      expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(minutesOutline(pack).blocks.filter((b) => b.kind === 'table').length);
      expect(xml).toContain('Oakwood Learning Trust');
      expect(xml).toContain('10 March 2027');
      expect(files.get('docProps/core.xml')!.toString('utf8')).toContain('<dc:title>Inputs for the minutes: Trust board, Spring 2027</dc:title>');
    });

    it("names a school's Word file after the school, and takes ?format= for a plain download link", async () => {
      const response = await get(url(`?schoolId=${trust.oak}&format=docx`), trust.oakClerk.token).buffer(true).parse(binary).expect(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="minutes-inputs-oakwood-learning-trust-oak-primary-2027-spring.docx"');
      const { value: text } = await mammoth.extractRawText({ buffer: response.body as Buffer });
      expect(text).toContain('Inputs for the minutes: Local governing body of Oak Primary, Spring 2027');
      expect(text).toContain('School: Oak Primary (URN 100001)');
    });

    it('answers JSON to */* or no Accept, reads "Spring 2027" as the term, and refuses what it cannot serve with 406', async () => {
      expect((await get(url()).set('Accept', '*/*').expect(200)).headers['content-type']).toMatch(/^application\/json/);
      expect((await get(url('', 'Spring%202027')).expect(200)).body.term.id).toBe('2027-spring');
      const before = await headPosition(app);
      const refused = await get(url()).set('Accept', 'text/html').expect(406);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 406, type: '/problems/not-acceptable', available: ['application/json', 'text/markdown', DOCX] });
      expect(await headPosition(app)).toBe(before);
    });

    it('refuses a malformed term with 400 naming it, and an unknown format', async () => {
      const before = await headPosition(app);
      for (const term of ['2027-winter', 'spring', '27-spring', '2027-spring-1']) {
        const response = await get(url('', term)).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'term' })]);
      }
      await get(url('?format=pdf')).expect(400);
      await get(url('?colour=red')).expect(400);
      expect(await headPosition(app)).toBe(before);
    });
  });

  describe('the audit trail', () => {
    it('records every generation with who, the term, the body and the format', async () => {
      const response = await get(url(`?schoolId=${trust.oak}`), trust.oakClerk.token).set('Accept', 'text/markdown').expect(200);
      const position = response.headers['x-position'];
      expect(position).toMatch(/^\d+$/);
      const [event] = (await app.app.get<EventStore>(EVENT_STORE).readStream(`minutes-${trust.id}.2027-spring`)).filter((e) => String(e.position) === position);
      expect(event).toMatchObject({
        type: 'MinutesInputsGenerated',
        data: { trustId: trust.id, term: '2027-spring', body: 'local-governing-body', schoolId: trust.oak, format: 'markdown', generatedBy: trust.oakClerk.id, generatedOn: '2027-03-10' },
        metadata: { trustId: trust.id, schoolId: trust.oak, actorId: trust.oakClerk.id, actorRole: 'clerk' },
      });
      const audit = await app.http
        .get(`/api/trusts/${trust.id}/audit?type=MinutesInputsGenerated&order=oldest&limit=500`)
        .set(bearer(trust.admin.token))
        .set('X-Min-Position', position)
        .expect(200);
      const items = audit.body.items as { position: string; actorId: string; schoolId: string | null; data: Record<string, unknown> }[];
      expect(items[items.length - 1]).toMatchObject({ position, actorId: trust.oakClerk.id, schoolId: trust.oak, data: { format: 'markdown', body: 'local-governing-body' } });
      // The first generation of the suite: the trust board's JSON pack, by the trust's clerk.
      expect(items[0]).toMatchObject({ actorId: trust.trustClerk.id, schoolId: null, data: { term: '2027-spring', body: 'trust-board', schoolId: null, format: 'json' } });
      expect(new Set(items.map((i) => i.data.format))).toEqual(new Set(['json', 'markdown', 'docx']));
      // The school's clerk finds their school's generations in their school's trail.
      const oakTrail = await app.http.get(`/api/trusts/${trust.id}/audit?type=MinutesInputsGenerated`).set(bearer(trust.oakClerk.token)).set('X-Min-Position', position).expect(200);
      expect(oakTrail.body.items.every((i: { schoolId: string }) => i.schoolId === trust.oak)).toBe(true);
    });

    it('records nothing for a HEAD request', async () => {
      const before = await headPosition(app);
      const response = await app.http.head(url()).set(bearer(trust.trustClerk.token)).set('Accept', DOCX).expect(200);
      expect(response.headers['content-type']).toBe(DOCX);
      expect(response.headers['x-position']).toBeUndefined();
      expect(await headPosition(app)).toBe(before);
    });

    it('keeps the minutes stream in the tamper-evidence chains', async () => {
      const response = await app.http.get(`/api/trusts/${trust.id}/audit/verify`).set(bearer(trust.admin.token)).set('X-Min-Position', await headPosition(app)).expect(200);
      expect(response.body).toMatchObject({ intact: true, breaks: [] });
    });
  });

  describe('access', () => {
    async function expectRefused(path: string, token: string, status: number) {
      return (await expectRefusedUnchanged(app, () => get(path, token), status)) as { detail: string };
    }

    it("lets a school's clerk read their own school's pack only", async () => {
      await get(url(`?schoolId=${trust.oak}`), trust.oakClerk.token).expect(200);
      await expectRefused(url(`?schoolId=${trust.elm}`), trust.oakClerk.token, 403);
      const board = await expectRefused(url(), trust.oakClerk.token, 403);
      expect(board.detail).toContain(`?schoolId=${trust.oak}`);
    });

    it('lets other school-scoped readers of the trust read their school only', async () => {
      await get(url(`?schoolId=${trust.elm}`), trust.elmGovernor.token).expect(200);
      await expectRefused(url(`?schoolId=${trust.oak}`), trust.elmGovernor.token, 403);
      await get(url(`?schoolId=${trust.oak}`), trust.head.token).expect(200);
    });

    it('lets trust-wide readers and the operator read every pack, and answers 404 for an unknown school', async () => {
      await get(url(), trust.admin.token).expect(200);
      await get(url(`?schoolId=${trust.elm}`), trust.trustClerk.token).expect(200);
      await app.http.get(url()).set(operator()).expect(200);
      await expectRefused(url('?schoolId=no-such-school'), trust.trustClerk.token, 404);
      // An unknown school is 404 even for a school-scoped reader, before any 403.
      await expectRefused(url('?schoolId=no-such-school'), trust.oakClerk.token, 404);
    });

    it('shows an erased person as erased, and keeps their id', async () => {
      await app.http.delete(`/api/trusts/${trust.id}/people/${trust.gita.id}`).set(bearer(trust.admin.token)).expect(201);
      const oak = (await get(url(`?schoolId=${trust.oak}`)).expect(200)).body as MinutesInputs;
      expect(oak.schools[0].linkGovernance.notReported).toEqual([{ governor: { id: trust.gita.id, name: 'Erased person' }, areas: ['SEND'] }]);
    });
  });
});
