import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import type { MinutesPackCheck } from '@governance/contracts';
import { bearer, createTrust, headPosition, operator } from './support/fixtures';
import { itOnSqlite } from './support/event-store-under-test';
import { buildMinutesTrust, MINUTES_TODAY, MinutesTrust } from './support/minutes-trust';
import { startTestApp, TestApp } from './support/test-app';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Frozen packs: a pack generated at the clerk's route is rebuilt later from the log position
 * its MinutesInputsGenerated recorded, byte for byte, however the log has moved on since.
 */
describe('frozen minutes packs (GET .../minutes-packs/:eventId)', () => {
  let app: TestApp;
  let trust: MinutesTrust;
  /** What the clerk was sent: the trust board's JSON pack and Oak's Markdown pack. */
  let boardJson: { text: string; eventId: string };
  let oakMarkdown: { text: string; eventId: string };

  const minutesUrl = (query = '') => `/api/trusts/${trust.id}/terms/2027-spring/minutes-inputs${query}`;
  const packUrl = (eventId: string, query = '') => `/api/trusts/${trust.id}/minutes-packs/${eventId}${query}`;
  /** GETs a path once the read models have every write so far, expecting `status`. */
  async function get(path: string, status: number, token = trust.trustClerk.token, accept = 'application/json') {
    const response = await app.http.get(path).set(bearer(token)).set('Accept', accept).set('X-Min-Position', await headPosition(app));
    expect({ path, status: response.status }).toEqual({ path, status });
    return response;
  }

  /** Generates a pack and finds its MinutesInputsGenerated event's id. */
  async function generate(query: string, accept: string, token = trust.trustClerk.token) {
    const response = await get(minutesUrl(query), 200, token, accept);
    const position = response.headers['x-position'] as string;
    const [event] = (await app.app.get<EventStore>(EVENT_STORE).readStream(`minutes-${trust.id}.2027-spring`)).filter(
      (e) => String(e.position) === position,
    );
    expect(response.headers['x-pack-sha256']).toBe(sha256(response.text));
    return { text: response.text, eventId: event.id, data: event.data };
  }

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: MINUTES_TODAY });
    trust = await buildMinutesTrust(app);
    boardJson = await generate('', 'application/json');
    oakMarkdown = await generate(`?schoolId=${trust.oak}`, 'text/markdown', trust.oakClerk.token);
    // The log moves on: a new visit, a new link governor, an amended term date.
    const post = async (path: string, body: Record<string, unknown>, token = trust.admin.token) =>
      app.http.post(`/api/trusts/${trust.id}${path}`).set(bearer(token)).send(body).expect(201);
    await post(`/schools/${trust.oak}/visits`, { visitedOn: '2027-03-01', purpose: 'Attendance walk', findings: 'Registers kept well' }, trust.grace.token);
    await post(`/schools/${trust.oak}/link-governors`, { personId: trust.gita.id, area: 'Attendance', assignedOn: '2027-03-05' });
    await app.http
      .put(`/api/trusts/${trust.id}/term-dates`)
      .set(bearer(trust.admin.token))
      .send({ terms: [{ term: 'Spring 2027', startsOn: '2027-01-04', endsOn: '2027-03-31' }] })
      .expect(201);
  }, 120_000);
  afterAll(() => app.close());

  it('records where each pack was built and the SHA-256 of the bytes sent', async () => {
    const generated = await generate('?format=markdown', 'application/json');
    expect(generated.data).toMatchObject({ format: 'markdown', builtAt: expect.stringMatching(/^\d+$/), sha256: sha256(generated.text) });
    // The JSON form's hash is kept too: a Word pack is checked on it.
    expect(generated.data.inputsSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rebuilds the JSON pack byte for byte after later writes, while the live pack has changed', async () => {
    const live = await get(minutesUrl(), 200);
    expect(live.text).not.toBe(boardJson.text);

    const frozen = await get(packUrl(boardJson.eventId), 200);

    expect(frozen.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(frozen.text).toBe(boardJson.text);
    expect(frozen.headers['x-pack-matches']).toBe('true');
    expect(frozen.headers['x-pack-compared']).toBe('bytes');
    expect(frozen.headers['x-pack-rebuilt-sha256']).toBe(sha256(boardJson.text));
  });

  it("rebuilds a school's Markdown pack byte for byte, and shows the link governors of then", async () => {
    const live = await get(minutesUrl(`?schoolId=${trust.oak}&format=markdown`), 200, trust.oakClerk.token);
    expect(live.text).toContain('Attendance');

    const frozen = await get(packUrl(oakMarkdown.eventId), 200, trust.oakClerk.token);

    expect(frozen.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(frozen.text).toBe(oakMarkdown.text);
    expect(frozen.text).not.toContain('Attendance');
    expect(frozen.headers['x-pack-matches']).toBe('true');
  });

  it('answers the check as JSON with ?check=1', async () => {
    const check = (await get(packUrl(oakMarkdown.eventId, '?check=1'), 200)).body as MinutesPackCheck;

    expect(check).toEqual({
      eventId: oakMarkdown.eventId,
      term: '2027-spring',
      schoolId: trust.oak,
      format: 'markdown',
      generatedOn: MINUTES_TODAY,
      generatedBy: trust.oakClerk.id,
      builtAt: expect.stringMatching(/^\d+$/),
      compared: 'bytes',
      recordedSha256: sha256(oakMarkdown.text),
      rebuiltSha256: sha256(oakMarkdown.text),
      matches: true,
    });
  });

  it('checks a Word pack on its contents (the Word writer stamps the time)', async () => {
    const word = await get(minutesUrl('?format=docx'), 200);
    const position = word.headers['x-position'] as string;
    const [event] = (await app.app.get<EventStore>(EVENT_STORE).readStream(`minutes-${trust.id}.2027-spring`)).filter((e) => String(e.position) === position);

    const check = (await get(packUrl(event.id, '?check=1'), 200)).body as MinutesPackCheck;

    expect(check).toMatchObject({ format: 'docx', compared: 'contents', matches: true });
  });

  itOnSqlite('says the pack does not match when the log was changed behind its back', 'rewrites a row of events.db', async () => {
    const events = new Database(join(app.dataDir, 'events.db'));
    try {
      // Grace's spring visit, recorded before the pack was built, rewritten in place.
      const changed = events
        .prepare("UPDATE events SET data = json_set(data, '$.findings', 'Records are missing') WHERE type = 'LinkGovernorVisitLogged' AND json_extract(data, '$.visitedOn') = '2027-02-03'")
        .run();
      expect(changed.changes).toBe(1);
    } finally {
      events.close();
    }

    const frozen = await get(packUrl(oakMarkdown.eventId), 200);

    expect(frozen.headers['x-pack-matches']).toBe('false');
    expect(frozen.text).toContain('Records are missing');
    const check = (await get(packUrl(oakMarkdown.eventId, '?check=1'), 200)).body as MinutesPackCheck;
    expect(check).toMatchObject({ matches: false, recordedSha256: sha256(oakMarkdown.text) });
    expect(check.rebuiltSha256).not.toBe(check.recordedSha256);
  });

  it('refuses with 409 a pack recorded before positions and hashes were (it cannot be rebuilt)', async () => {
    const eventId = randomUUID();
    await app.app.get<EventStore>(EVENT_STORE).appendToStream(
      `minutes-${trust.id}.2027-spring`,
      [
        {
          id: eventId,
          type: 'MinutesInputsGenerated',
          data: { trustId: trust.id, term: '2027-spring', body: 'trust-board', schoolId: null, format: 'json', generatedBy: trust.trustClerk.id, generatedOn: '2027-02-01' },
          metadata: { trustId: trust.id, actorId: trust.trustClerk.id, schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'any' },
    );

    const refused = await get(packUrl(eventId), 409);

    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toContain('cannot be rebuilt');
  });

  it("answers 404 for an unknown event, another kind of event, or another trust's pack", async () => {
    await get(packUrl(randomUUID()), 404);
    const audit = await get(`/api/trusts/${trust.id}/audit?type=LinkGovernorVisitLogged`, 200, trust.admin.token);
    await get(packUrl(audit.body.items[0].eventId as string), 404);
    const other = await createTrust(app, 'Another Trust');
    await app.http.get(`/api/trusts/${other}/minutes-packs/${boardJson.eventId}`).set(operator()).set('X-Min-Position', await headPosition(app)).expect(404);
  });

  it("lets a school's clerk rebuild their school's packs only", async () => {
    await get(packUrl(boardJson.eventId), 403, trust.oakClerk.token);
    await get(packUrl(oakMarkdown.eventId), 403, trust.elmGovernor.token);
  });
});
