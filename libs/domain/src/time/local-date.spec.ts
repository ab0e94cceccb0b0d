import { InvalidValueError } from '../shared/domain-error';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  endOfMonth,
  isAfter,
  isBefore,
  isLocalDate,
  latestDate,
  londonToday,
  optionalLocalDate,
  parseLocalDate,
} from './local-date';

describe('parseLocalDate', () => {
  it('accepts a real calendar date, leap days included', () => {
    expect(parseLocalDate('2026-09-01', 'adoptedOn')).toBe('2026-09-01');
    expect(parseLocalDate('2028-02-29', 'adoptedOn')).toBe('2028-02-29');
  });

  it.each(['2026-02-30', '2027-02-29', '2026-04-31', '2026-13-01', '2026-00-10'])(
    'refuses %s, which does not exist, naming the field',
    (value) => {
      expect(() => parseLocalDate(value, 'reviewedOn')).toThrow(InvalidValueError);
      try {
        parseLocalDate(value, 'reviewedOn');
      } catch (error) {
        expect((error as InvalidValueError).field).toBe('reviewedOn');
        expect((error as Error).message).toContain('reviewedOn');
        expect((error as Error).message).toContain(value);
      }
    },
  );

  it.each([
    '03.03.17',
    '2026-9-1',
    '2026-09-01T00:00:00Z',
    ' 2026-09-01',
    '',
    20260901,
    null,
    undefined,
  ])('refuses %p, which is not written YYYY-MM-DD', (value) => {
    expect(() => parseLocalDate(value, 'visitedOn')).toThrow(
      /visitedOn must be a date written YYYY-MM-DD/,
    );
  });

  it('refuses years that can only be typing mistakes', () => {
    expect(() => parseLocalDate('0026-09-01', 'approvedOn')).toThrow(/between 1900 and 2199/);
    expect(() => parseLocalDate('2260-09-01', 'approvedOn')).toThrow(InvalidValueError);
  });

  it('optionalLocalDate turns absence into null', () => {
    expect(optionalLocalDate(undefined)).toBeNull();
    expect(optionalLocalDate(null)).toBeNull();
    expect(optionalLocalDate('2026-01-05')).toBe('2026-01-05');
    expect(() => optionalLocalDate('2026-02-30', 'approvedOn')).toThrow(InvalidValueError);
  });

  it('isLocalDate says whether a value is a real date', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate(42)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-01-31', 13)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-10-31', -1)).toBe('2026-09-30');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('compares dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(isBefore('2026-01-01', '2026-01-02')).toBe(true);
    expect(isAfter('2026-01-01', '2026-01-01')).toBe(false);
  });

  it('counts the days between two dates, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-01-02')).toBe(1);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });

  it('finds the latest date and the end of a month', () => {
    expect(latestDate(['2025-03-01', '2026-01-10', '2025-12-31'])).toBe('2026-01-10');
    expect(latestDate([])).toBeNull();
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2026-11-01')).toBe('2026-11-30');
  });
});

describe('londonToday', () => {
  it('gives the London calendar date of an instant, in winter (GMT)', () => {
    expect(londonToday(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('gives the London calendar date of an instant, in summer (BST, one hour ahead of UTC)', () => {
    expect(londonToday(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(londonToday(new Date('2026-08-31T22:59:59Z'))).toBe('2026-08-31');
    expect(londonToday(new Date('2026-08-31T23:00:00Z'))).toBe('2026-09-01');
  });
});
