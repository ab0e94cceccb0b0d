import { overdueBy } from './overdue-by';

describe('overdueBy', () => {
  it('counts days under a month, then whole months and years', () => {
    expect(overdueBy('2026-08-31', '2026-08-31')).toEqual({ days: 0, months: 0, text: '0 days' });
    expect(overdueBy('2026-08-31', '2026-09-01')).toEqual({ days: 1, months: 0, text: '1 day' });
    expect(overdueBy('2026-08-31', '2026-09-29')).toMatchObject({ days: 29, text: '29 days' });
    // 31 August + 1 month is 30 September (clamped), so 30 September is a whole month on.
    expect(overdueBy('2026-08-31', '2026-09-30')).toMatchObject({ months: 1, text: '1 month' });
    expect(overdueBy('2026-08-31', '2026-11-24')).toMatchObject({
      days: 85,
      months: 2,
      text: '2 months',
    });
    expect(overdueBy('2025-03-01', '2026-03-01')).toMatchObject({ months: 12, text: '1 year' });
    expect(overdueBy('2024-01-15', '2026-04-20')).toMatchObject({
      months: 27,
      text: '2 years and 3 months',
    });
  });

  it('is zero for a review not yet due', () => {
    expect(overdueBy('2027-01-10', '2026-11-24')).toEqual({ days: 0, months: 0, text: '0 days' });
  });
});
