import { defaultUpcaster } from '../upcasting/registered-upcasters';
import { SCHOOL_PHASES } from '../trust/school-values';

describe('PolicyRegistered, version 1 to 2 (appliesTo)', () => {
  const v1 = { policyId: 'pol-1', trustId: 'trust-1', title: 'Provider access policy statement (careers)', catalogueKey: 'careers-provider-access' };

  it('given a policy registered before phases, when read, then it applies to every phase', () => {
    const read = defaultUpcaster.upcast({ type: 'PolicyRegistered', data: v1, metadata: { schemaVersion: 1 } });
    expect(read.data).toEqual({ ...v1, appliesTo: [...SCHOOL_PHASES] });
    expect(read.metadata.schemaVersion).toBe(2);
  });

  it('stamps new registrations at version 2, and leaves a v2 registration as stored', () => {
    expect(defaultUpcaster.currentVersion('PolicyRegistered')).toBe(2);
    const stored = { type: 'PolicyRegistered', data: { ...v1, appliesTo: ['secondary'] }, metadata: { schemaVersion: 2 } };
    expect(defaultUpcaster.upcast(stored)).toBe(stored);
  });
});
