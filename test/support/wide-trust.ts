import { statutoryCatalogue } from '@governance/domain';
import { addPerson, bearer, createTrust, loginAs, STRONG_PASSWORD } from './fixtures';
import { OPERATOR_TOKEN, TestApp } from './test-app';
import { DemoPerson } from './web-demo';

/*
 * A trust with every policy of the statutory catalogue adopted at three schools (the width the
 * heat map must fit on a laptop and a phone), every third one last reviewed in January 2024
 * so it is overdue everywhere on WEB_DEMO_TODAY.
 */
export interface WideTrust {
  trustId: string;
  policyTitles: string[];
  trustee: DemoPerson;
}

export async function seedWideTrust(app: TestApp): Promise<WideTrust> {
  const trustId = await createTrust(app, 'Elm Valley Trust');
  const admin = await addPerson(app, trustId, OPERATOR_TOKEN, [{ role: 'trust-admin' }], { name: 'Ade Bello', email: 'a.bello@elm.example' });
  const adminToken = await loginAs(app, admin);
  const as = bearer(adminToken);
  const post = async (path: string, body: object): Promise<Record<string, unknown>> => {
    const response = await app.http.post(`/api/trusts/${trustId}${path}`).set(as).send(body);
    if (response.status !== 201 && response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Record<string, unknown>;
  };
  const schools: string[] = [];
  // One secondary: the careers statement applies to it only, so the heat map has a row for every catalogue policy.
  for (const [name, urn, phase] of [['Elm Valley Primary', '150001', 'primary'], ['Brookside Academy', '150002', 'secondary'], ['St Anne’s Church of England Primary School', '150003', 'primary']]) {
    schools.push((await post('/schools', { name, urn, phase })).id as string);
  }
  const catalogue = (await post('/policies/catalogue', { keys: statutoryCatalogue.map((entry) => entry.key) })) as { added: { key: string; id: string; title: string }[] };
  for (const [index, { key, id }] of catalogue.added.entries()) {
    await post(`/policies/${id}/versions`, { summary: 'First version' });
    for (const schoolId of schools) {
      await post(`/schools/${schoolId}/policies/${id}/adoptions`, { version: 1, adoptedOn: '2024-01-10', approvedBy: 'local-governing-body' });
    }
    if (index % 3 === 0) {
      const review = { reviewedOn: '2024-01-10', outcome: 'no-change' };
      const scope = statutoryCatalogue.find((entry) => entry.key === key)?.scope;
      if (scope === 'trust') await post(`/policies/${id}/reviews`, review);
      else for (const schoolId of schools) await post(`/schools/${schoolId}/policies/${id}/reviews`, review);
    }
  }
  const trustee = await addPerson(app, trustId, adminToken, [{ role: 'trustee' }], { name: 'Grace Lin', email: 'g.lin@elm.example' });
  return { trustId, policyTitles: catalogue.added.map((entry) => entry.title), trustee: { id: trustee.id, name: trustee.name, email: trustee.email, password: STRONG_PASSWORD } };
}
