import { defaultUpcaster } from '../upcasting/registered-upcasters';

describe('PolicyRegistered, version 2 to 3 (acknowledgementRequired)', () => {
  const v2 = { policyId: 'pol-1', trustId: 'trust-1', title: 'Staff code of conduct', appliesTo: ['primary'] };

  it('given a catalogue policy registered before the flag, when read, then it takes the catalogue default', () => {
    const read = defaultUpcaster.upcast({
      type: 'PolicyRegistered',
      data: { ...v2, catalogueKey: 'safeguarding-child-protection' },
      metadata: { schemaVersion: 2 },
    });
    expect(read.data).toEqual({ ...v2, catalogueKey: 'safeguarding-child-protection', acknowledgementRequired: true });
    expect(read.metadata.schemaVersion).toBe(3);
  });

  it('given a catalogue entry that asks for none, or a policy registered by hand, when read, then it asks for none', () => {
    const careers = defaultUpcaster.upcast({ type: 'PolicyRegistered', data: { ...v2, catalogueKey: 'careers-provider-access' }, metadata: { schemaVersion: 2 } });
    const byHand = defaultUpcaster.upcast({ type: 'PolicyRegistered', data: { ...v2, catalogueKey: null }, metadata: { schemaVersion: 2 } });
    expect((careers.data as Record<string, unknown>).acknowledgementRequired).toBe(false);
    expect((byHand.data as Record<string, unknown>).acknowledgementRequired).toBe(false);
  });

  it('stamps new registrations at version 3, and leaves a v3 registration as stored', () => {
    expect(defaultUpcaster.currentVersion('PolicyRegistered')).toBe(3);
    const stored = { type: 'PolicyRegistered', data: { ...v2, catalogueKey: 'safeguarding-child-protection', acknowledgementRequired: false }, metadata: { schemaVersion: 3 } };
    expect(defaultUpcaster.upcast(stored)).toBe(stored);
  });
});
