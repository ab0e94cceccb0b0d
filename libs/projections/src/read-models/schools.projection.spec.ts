import type { SchoolAdded, SchoolLeftTrust, SchoolRenamed, TrustRegistered } from '@governance/domain';
import { SchoolsQuery } from '../queries/schools.query';
import { inStream, projectionSpec } from '../testing/projection-spec';
import { schoolsProjection } from './schools.projection';

const trustRegistered = (trustId: string, name: string): TrustRegistered => ({ type: 'TrustRegistered', data: { trustId, name } });
const schoolAdded = (schoolId: string, name: string, extra: Partial<SchoolAdded['data']> = {}): SchoolAdded => ({
  type: 'SchoolAdded',
  data: { schoolId, name, ...extra },
});
const schoolRenamed = (schoolId: string, name: string, previousName: string): SchoolRenamed => ({
  type: 'SchoolRenamed',
  data: { schoolId, name, previousName },
});
const schoolLeft = (schoolId: string): SchoolLeftTrust => ({ type: 'SchoolLeftTrust', data: { schoolId } });

const inTrust = (event: Parameters<typeof inStream>[1], trustId = 't1') => inStream(`trust-${trustId}`, event, { trustId });

describe('schools read model', () => {
  const spec = projectionSpec(schoolsProjection);

  it('names the trust that was registered', () => {
    spec.given([inTrust(trustRegistered('t1', 'Oak Learning Trust'))]).then((db) => new SchoolsQuery(db).trust('t1'), { id: 't1', name: 'Oak Learning Trust' });
  });

  it('lists the schools added, by name, with their URN and phase when given', () => {
    spec
      .given([
        inTrust(trustRegistered('t1', 'Oak Learning Trust')),
        inTrust(schoolAdded('s2', 'Willow Primary', { urn: '100002', phase: 'primary' })),
        inTrust(schoolAdded('s1', 'ash Academy')),
      ])
      .then((db) => new SchoolsQuery(db).schoolsOf('t1'), [
        { id: 's1', name: 'ash Academy', urn: null, phase: null },
        { id: 's2', name: 'Willow Primary', urn: '100002', phase: 'primary' },
      ]);
  });

  it('lists a renamed school under its new name', () => {
    spec
      .given([inTrust(schoolAdded('s1', 'Ash Academy')), inTrust(schoolRenamed('s1', 'Ash Church of England Academy', 'Ash Academy'))])
      .then((db) => new SchoolsQuery(db).schoolsOf('t1'), [{ id: 's1', name: 'Ash Church of England Academy', urn: null, phase: null }]);
  });

  it('shows a changed URN or phase, keeping what the change does not name', () => {
    spec
      .given([
        inTrust(schoolAdded('s1', 'Ash Academy', { urn: '100001', phase: 'primary' })),
        inTrust({ type: 'SchoolDetailsChanged', data: { schoolId: 's1', phase: 'all-through', previousPhase: 'primary' } }),
      ])
      .then((db) => new SchoolsQuery(db).schoolsOf('t1'), [{ id: 's1', name: 'Ash Academy', urn: '100001', phase: 'all-through' }]);
  });

  it('leaves out a school that left the trust, and keeps the others', () => {
    spec
      .given([inTrust(schoolAdded('s1', 'Ash Academy')), inTrust(schoolAdded('s2', 'Beech School')), inTrust(schoolLeft('s1'))])
      .then((db) => new SchoolsQuery(db).schoolsOf('t1').map((school) => school.id), ['s2']);
  });

  it("keeps each trust's schools to itself", () => {
    spec
      .given([inTrust(schoolAdded('s1', 'Ash Academy'), 't1'), inTrust(schoolAdded('s9', 'Elm School'), 't2')])
      .then((db) => [new SchoolsQuery(db).schoolsOf('t1').map((s) => s.id), new SchoolsQuery(db).schoolsOf('t2').map((s) => s.id)], [['s1'], ['s9']]);
  });

  it('takes the trust from the trust stream when the metadata names none', () => {
    projectionSpec(schoolsProjection, { metadata: {} })
      .given([inStream('trust-t3', schoolAdded('s1', 'Ash Academy'))])
      .then((db) => new SchoolsQuery(db).schoolsOf('t3').map((s) => s.id), ['s1']);
  });
});
