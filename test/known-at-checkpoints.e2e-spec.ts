import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ReadModelCheckpoints } from '@governance/projections';
import { startTestApp, TestApp } from './support/test-app';
import { bearer, createTrustWithAdmin, TestTrust } from './support/fixtures';

/*
 * knownAt from read-model checkpoints: with a checkpoint every 4 positions, the answer known at
 * a position (the newest checkpoint before it, then the events after it) is the live answer
 * captured there, and stays so when the checkpoints are deleted (folded from the start).
 */
describe('knownAt from read-model checkpoints', () => {
  const CLOCK = { CLOCK_TODAY: '2026-11-24' };
  let app: TestApp;
  let dataDir: string;
  let trust: TestTrust;
  let school: string;
  let admin: { Authorization: string };
  let position: string;
  let captured: { compliance: unknown; register: unknown };

  const compliance = (query: string, minPosition?: string) => {
    const request = app.http.get(`/api/trusts/${trust.id}/compliance?asOf=2026-11-24${query}`).set(admin);
    return minPosition ? request.set('X-Min-Position', minPosition) : request;
  };
  const register = (query: string, minPosition?: string) => {
    const request = app.http.get(`/api/trusts/${trust.id}/schools/${school}/policies?asOf=2026-11-24${query}`).set(admin);
    return minPosition ? request.set('X-Min-Position', minPosition) : request;
  };
  const knownAtAnswers = async () => ({
    compliance: (await compliance(`&knownAt=${position}`).expect(200)).body,
    register: (await register(`&knownAt=${position}`).expect(200)).body,
  });
  const checkpointsOf = (dir: string) => new ReadModelCheckpoints(join(dir, 'read-model-checkpoints'), 4);

  beforeAll(async () => {
    app = await startTestApp({ ...CLOCK, READ_MODEL_CHECKPOINT_EVENTS: '4' });
    dataDir = app.dataDir;
    trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    [school] = trust.schools;
    admin = bearer(trust.admin.token);
    const policies = `/api/trusts/${trust.id}/policies`;
    const schoolPolicy = (policyId: string) => `/api/trusts/${trust.id}/schools/${school}/policies/${policyId}`;
    for (const title of ['Anti-bullying Policy', 'Behaviour Policy']) {
      const { id } = (
        await app.http
          .post(policies)
          .set(admin)
          .send({ title, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', eiaRequired: false })
          .expect(201)
      ).body as { id: string };
      await app.http.post(`${policies}/${id}/versions`).set(admin).send({ summary: 'First version' }).expect(201);
      // Adopted September 2025 on a 12-month cycle: overdue on 2026-11-24 until a review is recorded.
      await app.http.post(`${schoolPolicy(id)}/adoptions`).set(admin).send({ version: 1, adoptedOn: '2025-09-01' }).expect(201);
      for (const evaluatedOn of ['2025-12-01', '2026-03-01']) {
        const evaluated = await app.http
          .post(`${schoolPolicy(id)}/evaluations`)
          .set(admin)
          .send({ evaluatedOn, checklist: [{ point: 'Policy annually reviewed', answer: 'yes' }], effectivenessStatement: 'Effective' })
          .expect(201);
        position = evaluated.body.position as string;
      }
    }
    // The live answers at P, before any later write: what the board saw at its meeting.
    captured = { compliance: (await compliance('', position).expect(200)).body, register: (await register('', position).expect(200)).body };

    // Recorded now, dated 20 September: it changes the figures for 24 November after the fact.
    const [policyId] = (captured.register as { policyId: string }[]).map((row) => row.policyId);
    const reviewed = await app.http
      .post(`${schoolPolicy(policyId)}/reviews`)
      .set(admin)
      .send({ reviewedOn: '2026-09-20', outcome: 'no-change' })
      .expect(201);
    await compliance('', reviewed.body.position as string).expect(200);
  });

  afterAll(() => app.close());

  it('given checkpoints before P, then knownAt=P (a checkpoint and the events after it) is the live answer captured at P', async () => {
    const before = checkpointsOf(dataDir)
      .files()
      .filter((file) => file.position <= BigInt(position));
    expect(before.length).toBeGreaterThan(1);
    // knownAt loads the newest of them and folds the events after it up to P.
    expect(checkpointsOf(dataDir).load(BigInt(position))?.position).toBeLessThanOrEqual(BigInt(position));

    expect((await compliance('').expect(200)).body).not.toEqual(captured.compliance);
    expect(await knownAtAnswers()).toEqual(captured);
  });

  it('given the checkpoints folder deleted, when asked again after a restart, then the same answer (folded from the start)', async () => {
    await app.close({ keepData: true });
    rmSync(join(dataDir, 'read-model-checkpoints'), { recursive: true, force: true });
    app = await startTestApp({ ...CLOCK, READ_MODEL_CHECKPOINT_EVENTS: '4' }, dataDir);
    expect(checkpointsOf(dataDir).files()).toEqual([]);

    expect(await knownAtAnswers()).toEqual(captured);
  });
});
