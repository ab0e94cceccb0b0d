import { InvalidValueError } from '../shared/domain-error';
import { dueDateKind, optionalDueDate, parseDueDate, resolveDueDate } from './due-date';
import { TermCalendar } from './term-calendar';

describe('parseDueDate', () => {
  it.each([
    ['2026-03-01', '2026-03-01', 'date'],
    ['Spring 2025', '2025-spring', 'term'],
    ['2025-spring', '2025-spring', 'term'],
    ['Autumn 1 2026', '2026-autumn', 'term'],
    ['October 2020', '2020-10', 'month'],
    ['Oct 2020', '2020-10', 'month'],
    ['2020-10', '2020-10', 'month'],
    [' May 2027 ', '2027-05', 'month'],
  ])('reads "%s" as %s (a %s)', (input, value, kind) => {
    const parsed = parseDueDate(input);
    expect(parsed).toBe(value);
    expect(dueDateKind(parsed)).toBe(kind);
  });

  it('refuses a date that does not exist, as a date', () => {
    expect(() => parseDueDate('2026-02-30')).toThrow(
      /nextReviewDue must be a real calendar date; 2026-02-30 does not exist/,
    );
  });

  it.each(['soon', 'Winter 2026', '2026-13', 'Smarch 2026', 'Ma 2026', 42, null])(
    'refuses %p, naming every accepted form',
    (input) => {
      expect(() => parseDueDate(input, 'nextReviewDue')).toThrow(InvalidValueError);
      expect(() => parseDueDate(input, 'nextReviewDue')).toThrow(
        /a date \(YYYY-MM-DD\), a term such as "Spring 2025"/,
      );
    },
  );

  it('optionalDueDate turns absence or blank into null', () => {
    expect(optionalDueDate(undefined)).toBeNull();
    expect(optionalDueDate(null)).toBeNull();
    expect(optionalDueDate('  ')).toBeNull();
    expect(optionalDueDate('Summer 2027')).toBe('2027-summer');
  });
});

describe('resolveDueDate', () => {
  it('keeps a date', () => {
    expect(resolveDueDate('2026-03-01')).toBe('2026-03-01');
  });

  it('reads a term as the last day of that term, by default boundaries or the trust’s own', () => {
    expect(resolveDueDate('2025-spring')).toBe('2025-03-31');
    const trust = TermCalendar.withOverrides([
      { term: '2025-spring', startsOn: '2025-01-06', endsOn: '2025-04-04' },
    ]);
    expect(resolveDueDate('2025-spring', trust)).toBe('2025-04-04');
  });

  it('reads a month as its last day', () => {
    expect(resolveDueDate('2028-02')).toBe('2028-02-29');
    expect(resolveDueDate('2020-10')).toBe('2020-10-31');
  });
});

describe('resolveDueDate with a phrase', () => {
  it('reads the phrase first', () => {
    expect(resolveDueDate('Spring 2027')).toBe('2027-03-31');
    expect(resolveDueDate('October 2020')).toBe('2020-10-31');
    expect(() => resolveDueDate('someday')).toThrow(InvalidValueError);
  });
});
