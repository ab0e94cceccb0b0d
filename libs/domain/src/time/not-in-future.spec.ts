import { DomainError } from '../shared/domain-error';
import { refuseFutureDate } from './not-in-future';

describe('refuseFutureDate', () => {
  it('accepts today and the past', () => {
    expect(() => refuseFutureDate('2026-11-24', 'reviewedOn', '2026-11-24')).not.toThrow();
    expect(() => refuseFutureDate('2019-01-01', 'reviewedOn', '2026-11-24')).not.toThrow();
  });

  it('refuses tomorrow with code date-in-future and a readable message', () => {
    try {
      refuseFutureDate('2026-11-25', 'reviewedOn', '2026-11-24');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('date-in-future');
      expect((error as DomainError).message).toBe(
        'reviewedOn 2026-11-25 is after today (2026-11-24); record it once it has happened.',
      );
      expect((error as DomainError).details).toEqual({
        field: 'reviewedOn',
        date: '2026-11-25',
        today: '2026-11-24',
      });
    }
  });
});
