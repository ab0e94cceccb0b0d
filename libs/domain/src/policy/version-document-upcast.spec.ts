import { defaultUpcaster } from '../upcasting/registered-upcasters';

describe('PolicyVersionDrafted, version 1 to 2 (the attached document)', () => {
  it('given a v1 draft with a link, when read, then it has the link and no document', () => {
    const read = defaultUpcaster.upcast({
      type: 'PolicyVersionDrafted',
      data: { policyId: 'pol-1', version: 1, summary: 'First', documentUrl: 'https://docs.example/p.docx' },
      metadata: { schemaVersion: 1 },
    });
    expect(read.data).toEqual({ policyId: 'pol-1', version: 1, summary: 'First', documentUrl: 'https://docs.example/p.docx', document: null });
    expect(read.metadata.schemaVersion).toBe(2);
  });

  it('given an event stored before versions were stamped, when read, then it is read as v1', () => {
    expect(defaultUpcaster.upcast({ type: 'PolicyVersionDrafted', data: { version: 1 }, metadata: {} }).data).toEqual({ version: 1, document: null });
  });

  it('stamps new drafts at version 2, and leaves a v2 draft as stored', () => {
    expect(defaultUpcaster.currentVersion('PolicyVersionDrafted')).toBe(2);
    const stored = { type: 'PolicyVersionDrafted', data: { version: 2, document: { sha256: 'a'.repeat(64) } }, metadata: { schemaVersion: 2 } };
    expect(defaultUpcaster.upcast(stored)).toBe(stored);
  });
});
