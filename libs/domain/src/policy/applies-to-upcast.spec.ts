import { defaultUpcaster } from '../upcasting/registered-upcasters';
import { SCHOOL_PHASES } from '../trust/school-values';

describe('PolicyRegistered, version 1 to 2 (appliesTo)', () => {
  const v1 = { policyId: 'pol-1', trustId: 'trust-1', title: 'Provider access policy statement (careers)', catalogueKey: 'careers-provider-access' };

  it('given a policy registered before phases, when read, then it applies to every phase', () => {
    const read = defaultUpcaster.upcast({ type: 'PolicyRegistered', data: v1, metadata: { schemaVersion: 1 } });
    expect(read.data).toEqual({ ...v1, appliesTo: [...SCHOOL_PHASES], acknowledgementRequired: false });
    expect(read.metadata.schemaVersion).toBe(3);
  });

  it('keeps the phases of a v2 registration as stored (version 3 only adds the acknowledgement flag)', () => {
    const stored = { type: 'PolicyRegistered', data: { ...v1, appliesTo: ['secondary'] }, metadata: { schemaVersion: 2 } };
    expect(defaultUpcaster.upcast(stored).data.appliesTo).toEqual(['secondary']);
  });
});
