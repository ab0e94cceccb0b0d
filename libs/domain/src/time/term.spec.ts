import { InvalidValueError } from '../shared/domain-error';
import {
  TermId,
  compareTerms,
  defaultTermDates,
  defaultTermOf,
  isTermId,
  nextTerm,
  parseTerm,
  previousTerm,
  termLabel,
  termName,
  termYear,
} from './term';

describe('parseTerm', () => {
  it.each([
    ['2027-spring', '2027-spring'],
    ['Spring 2027', '2027-spring'],
    ['spring term 2027', '2027-spring'],
    ['Autumn term 2026', '2026-autumn'],
    ['Summer 2022', '2022-summer'],
    ['SUMMER 2022', '2022-summer'],
    ['  Summer   2022 ', '2022-summer'],
    ['Autumn 1 2026', '2026-autumn'],
    ['Autumn 2 2026', '2026-autumn'],
    ['Spring 2 2027', '2027-spring'],
    ['Spring2 2027', '2027-spring'],
    ['Summer term 1 2027', '2027-summer'],
    ['Spring Term, 2025', '2025-spring'],
    ['2027 Spring', '2027-spring'],
    ['2026 autumn term', '2026-autumn'],
    ['Spring 2026/27', '2027-spring'],
    ['Autumn 2026/27', '2026-autumn'],
    ['Summer 2026-2027', '2027-summer'],
    ['Autumn 2099/00', '2099-autumn'],
  ])('reads "%s" as %s', (phrase, term) => {
    expect(parseTerm(phrase)).toBe(term);
  });

  it.each([
    'Winter 2026',
    'Spring',
    '2027',
    'Spring 3 2027',
    'Autumn 2026/28',
    'spring-2027',
    '2027-Autumn-1',
    '',
  ])('refuses "%s" with a message that shows the accepted forms', (phrase) => {
    expect(() => parseTerm(phrase, 'term')).toThrow(InvalidValueError);
    expect(() => parseTerm(phrase, 'term')).toThrow(
      /term must be a school term such as "2027-spring", "Spring 2027"/,
    );
  });

  it('names the field and refuses non-text', () => {
    try {
      parseTerm(2027, 'nextReviewDue');
      throw new Error('no error');
    } catch (error) {
      expect((error as InvalidValueError).field).toBe('nextReviewDue');
      expect((error as Error).message).toContain('it is missing');
    }
  });

  it('refuses years outside 1900-2199', () => {
    expect(() => parseTerm('Spring 1850')).toThrow(/between 1900 and 2199/);
  });
});

describe('term ids', () => {
  it('recognises canonical ids only', () => {
    expect(isTermId('2026-autumn')).toBe(true);
    expect(isTermId('Autumn 2026')).toBe(false);
    expect(isTermId('2026-winter')).toBe(false);
    expect(isTermId(null)).toBe(false);
  });

  it('splits an id and labels it for people', () => {
    expect(termYear('2027-spring')).toBe(2027);
    expect(termName('2027-spring')).toBe('spring');
    expect(termLabel('2026-autumn')).toBe('Autumn 2026');
  });

  it('steps forward and back through the academic year', () => {
    expect(nextTerm('2026-autumn')).toBe('2027-spring');
    expect(nextTerm('2027-spring')).toBe('2027-summer');
    expect(nextTerm('2027-summer')).toBe('2027-autumn');
    expect(previousTerm('2027-spring')).toBe('2026-autumn');
    expect(previousTerm('2027-summer')).toBe('2027-spring');
    expect(previousTerm('2027-autumn')).toBe('2027-summer');
  });

  it('orders terms in time (spring, summer, autumn within a calendar year)', () => {
    const terms: TermId[] = ['2027-autumn', '2027-spring', '2026-autumn', '2027-summer'];
    const sorted = [...terms].sort(compareTerms);
    expect(sorted).toEqual(['2026-autumn', '2027-spring', '2027-summer', '2027-autumn']);
    expect(compareTerms('2027-spring', '2027-spring')).toBe(0);
  });
});

describe('default term boundaries (DESIGN.md)', () => {
  it('Autumn is Sep-Dec, Spring Jan-Mar, Summer Apr-Aug of the same calendar year', () => {
    expect(defaultTermDates('2026-autumn')).toEqual({
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
    });
    expect(defaultTermDates('2027-spring')).toEqual({
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
    });
    expect(defaultTermDates('2027-summer')).toEqual({
      startsOn: '2027-04-01',
      endsOn: '2027-08-31',
    });
  });

  it.each([
    ['2026-08-31', '2026-summer'],
    ['2026-09-01', '2026-autumn'],
    ['2026-12-31', '2026-autumn'],
    ['2027-01-01', '2027-spring'],
    ['2027-03-31', '2027-spring'],
    ['2027-04-01', '2027-summer'],
  ])('%s falls in %s', (date, term) => {
    expect(defaultTermOf(date)).toBe(term);
  });
});
