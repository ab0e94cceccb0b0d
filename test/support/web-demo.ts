import { addPerson, bearer, createTrust, loginAs, STRONG_PASSWORD } from './fixtures';
import { OPERATOR_TOKEN, TestApp } from './test-app';

/*
 * A small trust like the demo one, created through the HTTP API as its people would: three
 * schools, eight policies from the statutory catalogue with a spread of review statuses on
 * 2026-11-24 (start the app with CLOCK_TODAY=WEB_DEMO_TODAY), a link governor with a visit,
 * and a termly report. Used by the browser tests and for the README's screenshots.
 */
export const WEB_DEMO_TODAY = '2026-11-24';

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  password: string;
}

export interface WebDemo {
  trustId: string;
  trustName: string;
  schools: { libra: string; ravens: string; holly: string };
  policies: Record<string, { id: string; title: string }>;
  people: { admin: DemoPerson; trustee: DemoPerson; clerk: DemoPerson; head: DemoPerson; governor: DemoPerson };
}

const SCHOOL_POLICIES = ['safeguarding-child-protection', 'online-safety', 'behaviour', 'attendance', 'accessibility-plan', 'supporting-medical-conditions'];
const TRUST_POLICIES = ['complaints', 'data-protection'];

export async function seedWebDemo(app: TestApp): Promise<WebDemo> {
  const trustName = 'Oak Learning Trust';
  const trustId = await createTrust(app, trustName);
  const person = async (token: string, name: string, email: string, roles: { role: string; schoolId?: string }[]): Promise<DemoPerson> => {
    const added = await addPerson(app, trustId, token, roles as never, { name, email });
    return { id: added.id, name, email, password: STRONG_PASSWORD };
  };
  const admin = await person(OPERATOR_TOKEN, 'Ruth Okafor', 'r.okafor@oaktrust.example', [{ role: 'trust-admin' }]);
  const adminToken = await loginAs(app, admin);
  const as = bearer(adminToken);
  const post = async (path: string, body: unknown, headers = as): Promise<Record<string, unknown>> => {
    const response = await app.http.post(`/api/trusts/${trustId}${path}`).set(headers).send(body as object);
    if (response.status !== 201 && response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Record<string, unknown>;
  };

  const libra = (await post('/schools', { name: 'Libra School', urn: '137512', phase: 'secondary' })).id as string;
  const ravens = (await post('/schools', { name: 'Ravens Wood Primary', urn: '140221', phase: 'primary' })).id as string;
  const holly = (await post('/schools', { name: 'Hollybank Academy', urn: '141907', phase: 'primary' })).id as string;

  const catalogue = (await post('/policies/catalogue', { keys: [...SCHOOL_POLICIES, ...TRUST_POLICIES] })) as { added: { key: string; id: string; title: string }[] };
  const policies = Object.fromEntries(catalogue.added.map((entry) => [entry.key, { id: entry.id, title: entry.title }]));
  for (const { id } of Object.values(policies)) await post(`/policies/${id}/versions`, { summary: 'First version adopted across the trust' });

  // Trust-wide policies: approved and reviewed by the board.
  await post(`/policies/${policies.complaints.id}/approvals`, { version: 1, approvedOn: '2025-12-02', body: 'trust-board', minuteRef: 'TB/2025/31' });
  await post(`/policies/${policies.complaints.id}/reviews`, { reviewedOn: '2025-12-02', outcome: 'amended', nextReviewDue: '2026-12-01' });
  await post(`/policies/${policies['data-protection'].id}/approvals`, { version: 1, approvedOn: '2024-10-10', body: 'trust-board' });
  await post(`/policies/${policies['data-protection'].id}/reviews`, { reviewedOn: '2024-10-10', outcome: 'no-change' });

  const school = async (schoolId: string, adoptedOn: string, reviews: Record<string, [string, string?] | null>) => {
    for (const [key, review] of Object.entries(reviews)) {
      const policyId = policies[key].id;
      await post(`/schools/${schoolId}/policies/${policyId}/adoptions`, { version: 1, adoptedOn, approvedBy: 'local-governing-body' });
      if (review) await post(`/schools/${schoolId}/policies/${policyId}/reviews`, { reviewedOn: review[0], outcome: 'no-change', ...(review[1] ? { nextReviewDue: review[1] } : {}) });
    }
  };
  await school(libra, '2025-09-08', {
    complaints: null,
    'data-protection': null,
    'safeguarding-child-protection': ['2026-09-15', '2027-summer'],
    'online-safety': ['2025-11-01'],
    behaviour: ['2026-01-20'],
    attendance: ['2026-10-01'],
    'accessibility-plan': ['2025-09-08'],
    'supporting-medical-conditions': null,
  });
  await school(ravens, '2025-10-01', {
    complaints: null,
    'safeguarding-child-protection': ['2025-10-01'],
    'online-safety': ['2025-10-01'],
    behaviour: ['2026-10-10'],
    attendance: ['2025-10-01'],
  });
  await school(holly, '2025-09-01', {
    complaints: null,
    'data-protection': null,
    'safeguarding-child-protection': ['2026-09-20'],
    'online-safety': ['2026-09-20'],
    behaviour: ['2025-12-15'],
    attendance: ['2026-09-20'],
    'accessibility-plan': ['2025-09-01'],
    'supporting-medical-conditions': ['2026-09-20'],
  });
  const noImpact = { negativeImpact: 'no', promotesEquality: 'yes', dataPositive: 'not-sure' };
  const impacts = Object.fromEntries(
    ['age', 'disability', 'gender-reassignment', 'marriage-civil-partnership', 'pregnancy-maternity', 'race', 'religion-belief', 'sex', 'sexual-orientation'].map((c) => [c, noImpact]),
  );
  await post(`/schools/${libra}/policies/${policies['safeguarding-child-protection'].id}/eia`, {
    completedOn: '2026-09-15',
    impacts,
    fullAssessmentRequired: false,
    conclusion: 'After an initial equality impact assessment we conclude a full assessment is not required.',
  });
  // Version 2 of online safety, adopted at Libra after its EIA of version 1: that EIA is out of date.
  await post(`/schools/${libra}/policies/${policies['online-safety'].id}/eia`, {
    completedOn: '2025-09-10',
    impacts,
    fullAssessmentRequired: false,
    conclusion: 'No negative impact identified; a full assessment is not required.',
  });
  await post(`/policies/${policies['online-safety'].id}/versions`, { summary: 'Updated for this year’s KCSIE' });
  await post(`/schools/${libra}/policies/${policies['online-safety'].id}/adoptions`, { version: 2, adoptedOn: '2026-11-02', approvedBy: 'local-governing-body' });

  const trustee = await person(adminToken, 'Margaret Hale', 'm.hale@oaktrust.example', [{ role: 'trustee' }]);
  const clerk = await person(adminToken, 'Kirsty Crosby', 'k.crosby@oaktrust.example', [{ role: 'clerk' }]);
  const head = await person(adminToken, 'Joan Wilkes', 'j.wilkes@libra.example', [{ role: 'headteacher', schoolId: libra }]);
  const governor = await person(adminToken, 'Sam Patel', 's.patel@libra.example', [{ role: 'governor', schoolId: libra }]);
  await post(`/schools/${libra}/link-governors`, {
    personId: governor.id,
    area: 'Safeguarding',
    policyIds: [policies['safeguarding-child-protection'].id, policies['online-safety'].id],
  });
  const governorToken = bearer(await loginAs(app, governor));
  await post(
    `/schools/${libra}/visits`,
    {
      visitedOn: '2026-10-06',
      purpose: 'Termly safeguarding meeting with the designated safeguarding lead',
      findings: 'Single central record checked and up to date; two staff due refresher training.',
      policyIds: [policies['safeguarding-child-protection'].id],
      actions: ['Book refresher training for the two staff before half term'],
    },
    governorToken,
  );
  await post(`/schools/${holly}/termly-reports`, {
    term: '2026-autumn',
    summary: 'A settled start to the year; attendance is above the national average.',
    incidents: { 'e-safety': 1, 'complaints-about-school': 2 },
  });

  return { trustId, trustName, schools: { libra, ravens, holly }, policies, people: { admin, trustee, clerk, head, governor } };
}
