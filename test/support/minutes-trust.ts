import { addPerson, addSchool, bearer, createTrust, loginAs, SignedInPerson } from './fixtures';
import { fullEia } from './policy-fixtures';
import { OPERATOR_TOKEN, TestApp } from './test-app';

/** Today for the hand-built trust: 10 March 2027, in Spring 2027. */
export const MINUTES_TODAY = '2027-03-10';

export interface MinutesTrust {
  id: string;
  oak: string;
  elm: string;
  policies: { acc: string; beh: string; comp: string; safe: string; uni: string };
  admin: SignedInPerson;
  grace: SignedInPerson;
  gita: SignedInPerson;
  head: SignedInPerson;
  /** A clerk of Oak Primary only. */
  oakClerk: SignedInPerson;
  /** A clerk of the whole trust. */
  trustClerk: SignedInPerson;
  elmGovernor: SignedInPerson;
  /** The log position of the last write: send it as X-Min-Position to read it back. */
  position: string;
}

/**
 * The trust of the minutes and CSV suites, built through the HTTP routes. Spring 2027 runs
 * 4 January to 26 March 2027 for this trust (its own term dates); today is 10 March 2027 (start
 * the app with CLOCK_TODAY).
 *
 * - Accessibility Plan (trust, 36 months): v1 approved by the trust board 2027-01-25, minute TB/27/02;
 *   Oak adopted it 2027-02-05 (local governing body); Elm did not.
 * - Behaviour (school, 12 months, approved by the headteacher, no EIA needed): Oak adopted v1 2026-05-15 and
 *   reviewed it 2027-02-10 with next review "2027-summer"; Elm never adopted it.
 * - Complaints (trust, 24 months): v1 approved 2025-03-01 (TB/25/3); reviewed by the trust 2027-02-20 with
 *   next review 2027-03-25; v2 drafted, awaiting the trust board. Oak adopted v1 2025-04-01; Elm did not.
 * - Safeguarding (school, 12 months, local governing body): v1 and v2. Oak adopted v1 2026-02-01, so its review
 *   fell due 2027-02-01 (overdue 37 days); its EIA asked for a full assessment. Elm adopted v2 2027-01-20.
 * - Uniform: retired.
 * Oak's link governors: Grace Hall (Safeguarding: a visit last term, a visit and a report this term) and
 * Gita Rao (SEND: nothing). Helen Park, Oak's head, reported for Autumn 2026 and twice for Spring 2027.
 */
export async function buildMinutesTrust(app: TestApp): Promise<MinutesTrust> {
  const id = await createTrust(app, 'Oakwood Learning Trust');
  const adminPerson = await addPerson(app, id, OPERATOR_TOKEN, [{ role: 'trust-admin' }], { name: 'Ruth Okafor' });
  const admin = { ...adminPerson, token: await loginAs(app, adminPerson) };
  const oak = await addSchool(app, id, admin.token, { name: 'Oak Primary', urn: '100001', phase: 'primary' });
  const elm = await addSchool(app, id, admin.token, { name: 'Elm Academy' });
  const person = async (name: string, roles: { role: 'governor' | 'headteacher' | 'clerk'; schoolId?: string }[]) => {
    const added = await addPerson(app, id, admin.token, roles, { name });
    return { ...added, token: await loginAs(app, added) };
  };

  const termDates = await app.http
    .put(`/api/trusts/${id}/term-dates`)
    .set(bearer(admin.token))
    .send({ terms: [{ term: 'Spring 2027', startsOn: '2027-01-04', endsOn: '2027-03-26' }] });
  if (termDates.status !== 201) throw new Error(`PUT term-dates answered ${termDates.status}: ${JSON.stringify(termDates.body)}`);

  let position = '0';
  const post = async (path: string, body: Record<string, unknown>, token = admin.token) => {
    const response = await app.http.post(`/api/trusts/${id}${path}`).set(bearer(token)).send(body);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    position = response.body.position as string;
    return response.body as { id?: string; version?: number };
  };
  const policy = async (title: string, scope: string, reviewCycleMonths: number, approver: string, eiaRequired = true) =>
    (await post('/policies', { title, scope, reviewCycleMonths, approver, statutory: true, eiaRequired })).id as string;
  const version = (policyId: string, summary: string) => post(`/policies/${policyId}/versions`, { summary });
  const adopt = (schoolId: string, policyId: string, body: Record<string, unknown>) =>
    post(`/schools/${schoolId}/policies/${policyId}/adoptions`, body);

  const acc = await policy('Accessibility Plan', 'trust', 36, 'trust-board');
  const beh = await policy('Behaviour', 'school', 12, 'headteacher', false);
  const comp = await policy('Complaints', 'trust', 24, 'trust-board');
  const safe = await policy('Safeguarding', 'school', 12, 'local-governing-body');
  const uni = await policy('Uniform', 'school', 12, 'headteacher');
  await version(acc, 'First plan');
  await version(beh, 'Behaviour v1');
  await version(comp, 'Complaints v1');
  await version(comp, 'Adds the DfE 2026 timescales');
  await version(safe, 'KCSIE 2025');
  await version(safe, 'KCSIE 2026 changes');
  await version(uni, 'Uniform v1');
  await post(`/policies/${uni}/retirement`, { retiredOn: '2026-12-01' });
  await post(`/policies/${comp}/approvals`, { version: 1, approvedOn: '2025-03-01', body: 'trust-board', minuteRef: 'TB/25/3' });
  await post(`/policies/${acc}/approvals`, { version: 1, approvedOn: '2027-01-25', body: 'trust-board', minuteRef: 'TB/27/02' });
  await post(`/policies/${comp}/reviews`, { reviewedOn: '2027-02-20', outcome: 'amended', notes: 'New timescales', nextReviewDue: '2027-03-25' });
  await adopt(oak, acc, { version: 1, adoptedOn: '2027-02-05', approvedBy: 'local-governing-body' });
  await adopt(oak, beh, { version: 1, adoptedOn: '2026-05-15' });
  await post(`/schools/${oak}/policies/${beh}/reviews`, {
    reviewedOn: '2027-02-10', outcome: 'no-change', notes: 'Checked against the DfE guidance', nextReviewDue: '2027-summer',
  });
  await adopt(oak, comp, { version: 1, adoptedOn: '2025-04-01' });
  await adopt(oak, safe, { version: 1, adoptedOn: '2026-02-01' });
  await post(`/schools/${oak}/policies/${safe}/eia`, {
    completedOn: '2026-02-01', impacts: fullEia(), fullAssessmentRequired: true, conclusion: 'Needs a full assessment',
  });
  await adopt(elm, safe, { version: 2, adoptedOn: '2027-01-20', approvedBy: 'local-governing-body' });

  const grace = await person('Grace Hall', [{ role: 'governor', schoolId: oak }]);
  const gita = await person('Gita Rao', [{ role: 'governor', schoolId: oak }]);
  const head = await person('Helen Park', [{ role: 'headteacher', schoolId: oak }]);
  const oakClerk = await person('Colin Marsh', [{ role: 'clerk', schoolId: oak }]);
  const trustClerk = await person('Tara Byrne', [{ role: 'clerk' }]);
  const elmGovernor = await person('Ed Morris', [{ role: 'governor', schoolId: elm }]);
  await post(`/schools/${oak}/link-governors`, { personId: grace.id, area: 'Safeguarding', policyIds: [safe], assignedOn: '2026-09-01' });
  await post(`/schools/${oak}/link-governors`, { personId: gita.id, area: 'SEND', assignedOn: '2026-09-01' });
  await post(`/schools/${oak}/visits`, { visitedOn: '2026-12-01', purpose: 'Last term', findings: 'Fine' }, grace.token);
  await post(
    `/schools/${oak}/visits`,
    { visitedOn: '2027-02-03', purpose: 'Met the DSL', findings: 'Records are up to date', policyIds: [safe], actions: ['Update the visitor leaflet'] },
    grace.token,
  );
  await post(
    `/schools/${oak}/link-governor-reports`,
    { term: '2027-spring', summary: 'Safeguarding is effective', policyIds: [safe], recommendations: 'Refresh training for new staff' },
    grace.token,
  );
  await post(`/schools/${oak}/termly-reports`, { term: '2026-autumn', summary: 'Autumn', incidents: { 'e-safety': 5, 'allegations-about-staff': 1 } }, head.token);
  await post(`/schools/${oak}/termly-reports`, { term: '2027-spring', summary: 'Draft' }, head.token);
  await post(
    `/schools/${oak}/termly-reports`,
    { term: 'Spring 2027', summary: 'A calm term', incidents: { 'e-safety': 3, 'prejudice-related': 1, 'lunchtime fights': 2 }, training: ['Prevent refresher'] },
    head.token,
  );
  return { id, oak, elm, policies: { acc, beh, comp, safe, uni }, admin, grace, gita, head, oakClerk, trustClerk, elmGovernor, position };
}

