import { isRecordedLate, statedDateOf } from './recorded-late';

describe('recorded late', () => {
  it('is late more than 30 days after the stated date, in London days', () => {
    expect(isRecordedLate('2026-10-05', '2026-12-07T09:00:00Z')).toBe(true);
    expect(isRecordedLate('2026-11-01', '2026-12-01T09:00:00Z')).toBe(false); // exactly 30 days
    expect(isRecordedLate('2026-11-01', '2026-12-02T09:00:00Z')).toBe(true); // 31 days
    // In winter London is on GMT: 23:30 UTC on 1 December is still 1 December.
    expect(isRecordedLate('2026-11-01', '2026-12-01T23:30:00Z')).toBe(false);
    // In summer time 23:30 UTC is the next day in London.
    expect(isRecordedLate('2026-06-01', '2026-07-01T23:30:00Z')).toBe(true);
  });

  it('is never late without a stated date or a readable instant', () => {
    expect(isRecordedLate(null, '2026-12-07T09:00:00Z')).toBe(false);
    expect(isRecordedLate('2026-01-01', 'not an instant')).toBe(false);
  });

  it('finds the stated date by the entry type', () => {
    expect(statedDateOf('PolicyReviewed', { reviewedOn: '2026-10-05' })).toBe('2026-10-05');
    expect(statedDateOf('LinkGovernorVisitLogged', { visitedOn: '2026-09-01' })).toBe('2026-09-01');
    expect(statedDateOf('PolicyRegistered', { registeredOn: '2026-09-01' })).toBeNull();
    expect(statedDateOf('PolicyAdopted', null)).toBeNull();
  });
});
