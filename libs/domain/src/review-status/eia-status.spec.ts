import { eiaStatus } from './eia-status';

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
