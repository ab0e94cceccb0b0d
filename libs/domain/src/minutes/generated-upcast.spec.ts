import { defaultUpcaster } from '../upcasting/registered-upcasters';

const v1 = {
  type: 'MinutesInputsGenerated',
  data: { trustId: 't1', term: '2026-autumn', body: 'trust-board', schoolId: null, format: 'json', generatedBy: 'p1', generatedOn: '2026-11-02' },
  metadata: { actorId: 'p1' } as Record<string, unknown>,
};

describe('MinutesInputsGenerated version 2', () => {
  it('given a pack recorded before positions and hashes, when read, then it has none (it cannot be rebuilt)', () => {
    const event = defaultUpcaster.upcast(v1);

    expect(event.data).toEqual({ ...v1.data, builtAt: null, sha256: null, inputsSha256: null });
    expect(event.metadata.schemaVersion).toBe(2);
  });

  it('given a version-2 event, when read, then it is unchanged', () => {
    const v2 = { ...v1, data: { ...v1.data, builtAt: '42', sha256: 'a'.repeat(64), inputsSha256: 'a'.repeat(64) }, metadata: { actorId: 'p1', schemaVersion: 2 } };

    expect(defaultUpcaster.upcast(v2)).toBe(v2);
    expect(defaultUpcaster.currentVersion('MinutesInputsGenerated')).toBe(2);
  });
});
