import { addPerson, bearer, createTrustWithAdmin, TestPerson, TestTrust } from './fixtures';
import { TestApp } from './test-app';

/*
 * A small trust whose reviews fall due and overdue during the school year 2026/27, recorded
 * through the HTTP routes (the server's CLOCK_TODAY must be 2027-06-30 or later):
 *
 * - "Charging and Remissions" (school scope, yearly) adopted by Libra on 2026-03-10: due 2027-03-10.
 *   Libra's headteacher and its link governor for that policy are responsible. A review on
 *   2027-03-20 sets the next one for 2028-03-01.
 * - "Accessibility Plan" (school scope) adopted by Byron on 2020-01-01, reviewed 2021-11-20 with
 *   the next review "October 2022": long overdue. Byron has no headteacher or link governor, so
 *   the trust admin is told.
 * - "Whistleblowing" (trust scope, yearly) approved by the trust on 2026-01-20 (due 2027-01-20)
 *   and adopted by both schools: the trust admin is responsible, once for the whole trust.
 */
export interface ReviewCyclesTrust {
  trust: TestTrust;
  libra: string;
  byron: string;
  head: TestPerson;
  linkGovernor: TestPerson;
  otherGovernor: TestPerson;
  policies: { charging: string; accessibility: string; whistleblowing: string };
}

export async function createReviewCyclesTrust(app: TestApp): Promise<ReviewCyclesTrust> {
  const trust = await createTrustWithAdmin(app, { name: 'Oak Learning Trust', schools: ['Libra School', 'Byron Primary'] });
  const [libra, byron] = trust.schools;
  const admin = bearer(trust.admin.token);
  const post = async (path: string, body: object) => {
    const response = await app.http.post(`/api/trusts/${trust.id}${path}`).set(admin).send(body);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as { id: string; position: string };
  };
  const policy = async (title: string, scope: 'school' | 'trust', reviewCycleMonths: number) => {
    const { id } = await post('/policies', { title, scope, reviewCycleMonths, approver: scope === 'trust' ? 'trust-board' : 'local-governing-body' });
    await post(`/policies/${id}/versions`, { summary: 'First version' });
    return id;
  };
  const charging = await policy('Charging and Remissions', 'school', 12);
  const accessibility = await policy('Accessibility Plan', 'school', 36);
  const whistleblowing = await policy('Whistleblowing', 'trust', 12);

  await post(`/schools/${libra}/policies/${charging}/adoptions`, { version: 1, adoptedOn: '2026-03-10' });
  await post(`/schools/${libra}/policies/${charging}/reviews`, { reviewedOn: '2027-03-20', outcome: 'no-change', nextReviewDue: '2028-03-01' });
  await post(`/schools/${byron}/policies/${accessibility}/adoptions`, { version: 1, adoptedOn: '2020-01-01' });
  await post(`/schools/${byron}/policies/${accessibility}/reviews`, { reviewedOn: '2021-11-20', outcome: 'no-change', nextReviewDue: 'October 2022' });
  await post(`/policies/${whistleblowing}/approvals`, { version: 1, approvedOn: '2026-01-20', body: 'trust-board' });
  await post(`/schools/${libra}/policies/${whistleblowing}/adoptions`, { version: 1, adoptedOn: '2026-02-01' });
  await post(`/schools/${byron}/policies/${whistleblowing}/adoptions`, { version: 1, adoptedOn: '2026-02-01' });

  const head = await addPerson(app, trust.id, trust.admin.token, [{ role: 'headteacher', schoolId: libra }], { name: 'Helen Head' });
  const linkGovernor = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: libra }], { name: 'Priya Shah' });
  const otherGovernor = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: libra }], { name: 'Sam Other' });
  await post(`/schools/${libra}/link-governors`, { personId: linkGovernor.id, area: 'Finance', policyIds: [charging] });
  await post(`/schools/${libra}/link-governors`, { personId: otherGovernor.id, area: 'Safeguarding', policyIds: [] });
  return { trust, libra, byron, head, linkGovernor, otherGovernor, policies: { charging, accessibility, whistleblowing } };
}

/** Every day from `from` to `to`, inclusive (YYYY-MM-DD). */
export function daysBetween(from: string, to: string, stepDays = 1): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + stepDays)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
