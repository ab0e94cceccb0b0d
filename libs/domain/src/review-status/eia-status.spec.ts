import { eiaAssessment, eiaStatus } from './eia-status';

const eia = (completedOn: string, fullAssessmentRequired = false) => ({
  completedOn,
  fullAssessmentRequired,
});

describe('eiaStatus', () => {
  it('is missing when the policy requires an EIA and none is recorded', () => {
    expect(eiaStatus({ eiaRequired: true, eias: [] })).toBe('missing');
  });

  it('is not-required when the policy needs none and none is recorded', () => {
    expect(eiaStatus({ eiaRequired: false, eias: [] })).toBe('not-required');
  });

  it('is complete when the latest EIA found no full assessment needed, required or not', () => {
    expect(eiaStatus({ eiaRequired: true, eias: [eia('2026-03-03')] })).toBe('complete');
    expect(eiaStatus({ eiaRequired: false, eias: [eia('2026-03-03')] })).toBe('complete');
  });

  it('is full-assessment-required while the latest EIA calls for one, complete once a later one concludes', () => {
    expect(
      eiaStatus({ eiaRequired: true, eias: [eia('2026-03-03'), eia('2026-09-01', true)] }),
    ).toBe('full-assessment-required');
    expect(
      eiaStatus({ eiaRequired: true, eias: [eia('2026-09-01', true), eia('2026-10-15')] }),
    ).toBe('complete');
  });

  it('takes the latest by date, and the one recorded last on the same day', () => {
    expect(
      eiaStatus({ eiaRequired: true, eias: [eia('2026-10-15'), eia('2026-09-01', true)] }),
    ).toBe('complete');
    expect(
      eiaStatus({ eiaRequired: true, eias: [eia('2026-10-15', true), eia('2026-10-15')] }),
    ).toBe('complete');
  });

  it('ignores EIAs completed after asOf', () => {
    const facts = { eiaRequired: true, eias: [eia('2026-03-03', true), eia('2026-10-15')] };
    expect(eiaStatus(facts, '2026-03-02')).toBe('missing');
    expect(eiaStatus(facts, '2026-06-01')).toBe('full-assessment-required');
    expect(eiaStatus(facts, '2026-10-15')).toBe('complete');
  });
});

describe('eiaAssessment: an EIA belongs to a version', () => {
  const adopted = (version: number, adoptedOn: string) => ({ version, adoptedOn });
  const eiaFor = (completedOn: string, version: number | null, fullAssessmentRequired = false) => ({
    completedOn,
    version,
    fullAssessmentRequired,
  });

  it('given version 1 adopted with its EIA, when version 2 is adopted, then the EIA is out-of-date for version 1', () => {
    const facts = {
      eiaRequired: true,
      adoptions: [adopted(1, '2025-09-01'), adopted(2, '2026-09-01')],
      eias: [eiaFor('2025-09-10', 1)],
    };
    expect(eiaAssessment(facts, '2026-08-31')).toEqual({ status: 'complete', version: 1 });
    expect(eiaAssessment(facts, '2026-09-01')).toEqual({ status: 'out-of-date', version: 1 });
  });

  it('given version 2 adopted, when an EIA for version 2 is completed, then it is complete again', () => {
    const facts = {
      eiaRequired: true,
      adoptions: [adopted(1, '2025-09-01'), adopted(2, '2026-09-01')],
      eias: [eiaFor('2025-09-10', 1), eiaFor('2026-09-15', 2)],
    };
    expect(eiaAssessment(facts, '2026-09-14')).toEqual({ status: 'out-of-date', version: 1 });
    expect(eiaAssessment(facts, '2026-09-15')).toEqual({ status: 'complete', version: 2 });
  });

  it('given an EIA with no version, then it counts for the version adopted when it was completed', () => {
    const facts = {
      eiaRequired: true,
      adoptions: [adopted(1, '2025-09-01'), adopted(2, '2026-09-01')],
      eias: [eiaFor('2025-09-10', null)],
    };
    expect(eiaStatus(facts, '2026-10-01')).toBe('out-of-date');
    const afterV2 = { ...facts, eias: [eiaFor('2026-09-02', null)] };
    expect(eiaAssessment(afterV2, '2026-10-01')).toEqual({ status: 'complete', version: 2 });
  });

  it('given an EIA done ahead of the first adoption with no version, then it counts for the first version adopted', () => {
    const facts = { eiaRequired: true, adoptions: [adopted(1, '2025-09-01')], eias: [eiaFor('2025-08-20', null)] };
    expect(eiaAssessment(facts, '2025-10-01')).toEqual({ status: 'complete', version: 1 });
  });

  it('given the EIA of the adopted version calls for a full assessment, then full-assessment-required wins over older EIAs', () => {
    const facts = {
      eiaRequired: true,
      adoptions: [adopted(1, '2025-09-01'), adopted(2, '2026-09-01')],
      eias: [eiaFor('2025-09-10', 1), eiaFor('2026-09-15', 2, true)],
    };
    expect(eiaStatus(facts, '2026-10-01')).toBe('full-assessment-required');
  });

  it('given the policy requires no EIA, then an earlier version’s EIA leaves it not-required, never out-of-date', () => {
    const facts = {
      eiaRequired: false,
      adoptions: [adopted(1, '2025-09-01'), adopted(2, '2026-09-01')],
      eias: [eiaFor('2025-09-10', 1)],
    };
    expect(eiaStatus(facts, '2026-10-01')).toBe('not-required');
  });

  it('given only an EIA of a later version than the adopted one, then the adopted version’s EIA is missing', () => {
    const facts = { eiaRequired: true, adoptions: [adopted(1, '2025-09-01')], eias: [eiaFor('2025-10-01', 2)] };
    expect(eiaAssessment(facts, '2025-11-01')).toEqual({ status: 'missing', version: null });
  });
});
