import type Database from 'better-sqlite3';
import type { PolicyAppliesToChanged, PolicyRegistered, PolicyRegisteredData, SchoolAdded, SchoolDetailsChanged } from '@governance/domain';
import { ALL_PHASES } from '@governance/domain';
import { PolicyRegisterQuery } from '../queries/policy-register.query';
import { GivenEvent, inStream, projectionSpec } from '../testing/projection-spec';
import { policyRegisterProjection } from './policy-register.projection';

const CAREERS: PolicyRegisteredData['appliesTo'] = ['secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus'];

const registered = (policyId: string, title: string, appliesTo: PolicyRegisteredData['appliesTo'] | undefined): GivenEvent => {
  const data: PolicyRegisteredData = {
    policyId, trustId: 't1', title, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', statutory: true,
    eiaRequired: false, category: null, legislation: [], linkedPolicies: [], catalogueKey: null, appliesTo: appliesTo ?? [...ALL_PHASES], acknowledgementRequired: false,
  };
  // Without a list: the shape a projection spec sees of an event stored before appliesTo existed.
  if (appliesTo === undefined) delete (data as Partial<PolicyRegisteredData>).appliesTo;
  const event: PolicyRegistered = { type: 'PolicyRegistered', data };
  return inStream(`policy-${policyId}`, event);
};
const schoolAdded = (schoolId: string, phase?: SchoolAdded['data']['phase']): GivenEvent => {
  const event: SchoolAdded = { type: 'SchoolAdded', data: { schoolId, name: `School ${schoolId}`, ...(phase ? { phase } : {}) } };
  return inStream('trust-t1', event);
};
const phaseChanged = (schoolId: string, phase: SchoolDetailsChanged['data']['phase']): GivenEvent => {
  const event: SchoolDetailsChanged = { type: 'SchoolDetailsChanged', data: { schoolId, phase, previousPhase: null } };
  return inStream('trust-t1', event);
};
const appliesToChanged = (policyId: string, appliesTo: PolicyAppliesToChanged['data']['appliesTo']): GivenEvent => {
  const event: PolicyAppliesToChanged = { type: 'PolicyAppliesToChanged', data: { policyId, appliesTo } };
  return inStream(`policy-${policyId}`, event);
};

const titles = (schoolId: string) => (db: Database.Database) =>
  new PolicyRegisterQuery(db).schoolRegister('t1', schoolId, '2026-12-01').map((row) => row.title);
const trustTitles = (schoolIds: string[]) => (db: Database.Database) =>
  Object.fromEntries([...new PolicyRegisterQuery(db).trustRegisters('t1', schoolIds, '2026-12-01')].map(([id, rows]) => [id, rows.map((r) => r.title)]));

const spec = projectionSpec(policyRegisterProjection);
const policies = [registered('p1', 'Behaviour', [...ALL_PHASES]), registered('p2', 'Careers', CAREERS)];

describe('registers by phase (policy-register projection)', () => {
  it('given a primary and a secondary school, then only the secondary has the careers statement', () =>
    spec
      .given([...policies, schoolAdded('s1', 'primary'), schoolAdded('s2', 'secondary')])
      .then(trustTitles(['s1', 's2']), { s1: ['Behaviour'], s2: ['Behaviour', 'Careers'] }));

  it('given a school without a phase, then it keeps every policy', () =>
    spec.given([...policies, schoolAdded('s1')]).then(titles('s1'), ['Behaviour', 'Careers']));

  it('given a policy stored without appliesTo, then it applies to every phase', () =>
    spec.given([registered('p3', 'Old policy', undefined), schoolAdded('s1', 'nursery')]).then(titles('s1'), ['Old policy']));

  it("given a primary school that becomes secondary, then the careers statement joins its register", () =>
    spec.given([...policies, schoolAdded('s1', 'primary'), phaseChanged('s1', 'secondary')]).then(titles('s1'), ['Behaviour', 'Careers']));

  it("given a change of URN only, then the school's phase stays", () => {
    const urnOnly: SchoolDetailsChanged = { type: 'SchoolDetailsChanged', data: { schoolId: 's1', urn: '123456', previousUrn: null } };
    return spec.given([...policies, schoolAdded('s1', 'primary'), inStream('trust-t1', urnOnly)]).then(titles('s1'), ['Behaviour']);
  });

  it('given the trust narrows a policy to secondary schools, then a primary register leaves it out', () =>
    spec
      .given([...policies, schoolAdded('s1', 'primary'), appliesToChanged('p1', ['secondary'])])
      .then(titles('s1'), []));
});
