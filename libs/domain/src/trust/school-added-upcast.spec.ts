import { defaultUpcaster } from '../upcasting/registered-upcasters';

const storedV1 = (phase: string) => ({
  type: 'SchoolAdded',
  data: { schoolId: 'school-a', name: 'Libra School', phase },
  metadata: { schemaVersion: 1 },
});

describe('SchoolAdded phases, version 1 to 2', () => {
  it('given a v1 school of phase 16-plus, when read, then its phase is sixteen-plus', () => {
    expect(defaultUpcaster.upcast(storedV1('16-plus')).data).toEqual({
      schoolId: 'school-a',
      name: 'Libra School',
      phase: 'sixteen-plus',
    });
  });

  it('given a v1 middle school, when read, then its phase is not given (no counterpart)', () => {
    expect(defaultUpcaster.upcast(storedV1('middle')).data).toEqual({
      schoolId: 'school-a',
      name: 'Libra School',
    });
  });

  it('given a v1 secondary school, when read, then nothing changes but the version', () => {
    const read = defaultUpcaster.upcast(storedV1('secondary'));
    expect(read.data).toEqual({ schoolId: 'school-a', name: 'Libra School', phase: 'secondary' });
    expect(read.metadata.schemaVersion).toBe(2);
    expect(defaultUpcaster.currentVersion('SchoolAdded')).toBe(2);
  });
});
