import { InvalidValueError } from '../shared/domain-error';
import { TermCalendar } from './term-calendar';

/** A trust's own dates for 2026/27 (Easter 2027 is 28 March). */
const trustDates = [
  { term: '2026-autumn', startsOn: '2026-09-03', endsOn: '2026-12-18' },
  { term: 'Spring 2027', startsOn: '2027-01-05', endsOn: '2027-03-26' },
  { term: 'summer term 2027', startsOn: '2027-04-12', endsOn: '2027-07-21' },
];

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidValueError);
    return (error as InvalidValueError).field;
  }
  throw new Error('expected an InvalidValueError');
}

describe('TermCalendar.default', () => {
  const calendar = TermCalendar.default;

  it('uses the boundaries of DESIGN.md', () => {
    expect(calendar.datesOf('2026-autumn')).toEqual({
      term: '2026-autumn',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
    });
    expect(calendar.startOf('2027-spring')).toBe('2027-01-01');
    expect(calendar.endOf('2027-summer')).toBe('2027-08-31');
  });

  it('places every day of the year in a term', () => {
    expect(calendar.termOf('2026-08-31')).toBe('2026-summer');
    expect(calendar.termOf('2026-09-01')).toBe('2026-autumn');
    expect(calendar.termOf('2026-12-31')).toBe('2026-autumn');
    expect(calendar.termOf('2027-01-01')).toBe('2027-spring');
    expect(calendar.termOf('2027-03-31')).toBe('2027-spring');
    expect(calendar.termOf('2027-04-01')).toBe('2027-summer');
  });

  it('reads a term as a due date as its last day', () => {
    expect(calendar.dueDateOf('2025-spring')).toBe('2025-03-31');
    expect(calendar.dueDateOf('2026-autumn')).toBe('2026-12-31');
  });
});

describe('TermCalendar with a trust’s own dates', () => {
  const calendar = TermCalendar.withOverrides(trustDates);

  it('uses the overridden dates, and lists them in order', () => {
    expect(calendar.datesOf('2027-spring')).toEqual({
      term: '2027-spring',
      startsOn: '2027-01-05',
      endsOn: '2027-03-26',
    });
    expect(calendar.overriddenTerms.map((t) => t.term)).toEqual([
      '2026-autumn',
      '2027-spring',
      '2027-summer',
    ]);
  });

  it('makes a due term mean the trust’s last day of term', () => {
    expect(calendar.dueDateOf('2027-spring')).toBe('2027-03-26');
    expect(calendar.dueDateOf('2026-autumn')).toBe('2026-12-18');
  });

  it('counts a holiday in the term before it', () => {
    expect(calendar.termOf('2026-09-02')).toBe('2026-summer');
    expect(calendar.termOf('2026-09-03')).toBe('2026-autumn');
    expect(calendar.termOf('2026-12-25')).toBe('2026-autumn');
    expect(calendar.termOf('2027-01-04')).toBe('2026-autumn');
    expect(calendar.termOf('2027-01-05')).toBe('2027-spring');
    expect(calendar.termOf('2027-04-06')).toBe('2027-spring');
    expect(calendar.termOf('2027-04-12')).toBe('2027-summer');
    expect(calendar.termOf('2027-08-20')).toBe('2027-summer');
    expect(calendar.termOf('2027-09-01')).toBe('2027-autumn');
  });

  it('stretches a neighbouring default term up to the day before an overridden one starts', () => {
    expect(calendar.datesOf('2026-summer')).toEqual({
      term: '2026-summer',
      startsOn: '2026-04-01',
      endsOn: '2026-09-02',
    });
    expect(calendar.datesOf('2027-autumn')).toEqual({
      term: '2027-autumn',
      startsOn: '2027-09-01',
      endsOn: '2027-12-31',
    });
  });

  it('moves a default term’s start after a late Easter', () => {
    const lateEaster = TermCalendar.withOverrides([
      { term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-04-09' },
    ]);
    expect(lateEaster.datesOf('2027-summer').startsOn).toBe('2027-04-10');
    expect(lateEaster.termOf('2027-04-05')).toBe('2027-spring');
    expect(lateEaster.termOf('2027-04-10')).toBe('2027-summer');
    expect(lateEaster.datesOf('2026-autumn').endsOn).toBe('2027-01-04');
  });

  it('ends a default term the day before an early overridden term', () => {
    const earlySummer = TermCalendar.withOverrides([
      { term: '2027-summer', startsOn: '2027-03-22', endsOn: '2027-07-20' },
    ]);
    expect(earlySummer.endOf('2027-spring')).toBe('2027-03-21');
    expect(earlySummer.termOf('2027-03-25')).toBe('2027-summer');
    expect(earlySummer.termOf('2027-08-10')).toBe('2027-summer');
  });
});

describe('TermCalendar.withOverrides refuses impossible dates', () => {
  it('refuses a term given twice', () => {
    const twice = [
      ...trustDates,
      { term: '2026-autumn', startsOn: '2026-09-04', endsOn: '2026-12-17' },
    ];
    expect(fieldOf(() => TermCalendar.withOverrides(twice))).toBe('termDates[3].term');
  });

  it('refuses a term that ends before it starts', () => {
    expect(
      fieldOf(() =>
        TermCalendar.withOverrides([
          { term: '2027-spring', startsOn: '2027-02-05', endsOn: '2027-01-20' },
        ]),
      ),
    ).toBe('termDates[0].endsOn');
  });

  it('refuses dates far from the term’s usual place in the year', () => {
    expect(
      fieldOf(() =>
        TermCalendar.withOverrides([
          { term: '2027-spring', startsOn: '2027-05-01', endsOn: '2027-05-20' },
        ]),
      ),
    ).toBe('termDates[0].startsOn');
    expect(
      fieldOf(() =>
        TermCalendar.withOverrides([
          { term: '2026-autumn', startsOn: '2026-09-01', endsOn: '2027-03-20' },
        ]),
      ),
    ).toBe('termDates[0].endsOn');
  });

  it('refuses overlapping terms', () => {
    const overlapping = [
      { term: '2026-autumn', startsOn: '2026-09-03', endsOn: '2027-01-10' },
      { term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-03-26' },
    ];
    expect(() => TermCalendar.withOverrides(overlapping)).toThrow(
      /overlap: Autumn 2026 runs 2026-09-03 to 2027-01-10/,
    );
  });

  it('refuses a default term squeezed to nothing between two overridden ones', () => {
    const squeezed = [
      { term: '2026-autumn', startsOn: '2026-09-03', endsOn: '2027-02-20' },
      { term: '2027-summer', startsOn: '2027-02-10', endsOn: '2027-07-20' },
    ];
    expect(() => TermCalendar.withOverrides(squeezed)).toThrow(InvalidValueError);
  });

  it('refuses malformed input, naming the field', () => {
    expect(fieldOf(() => TermCalendar.withOverrides('Autumn 2026'))).toBe('termDates');
    expect(fieldOf(() => TermCalendar.withOverrides([null]))).toBe('termDates[0]');
    expect(
      fieldOf(() =>
        TermCalendar.withOverrides([{ term: 'Winter 2026', startsOn: 'x', endsOn: 'y' }]),
      ),
    ).toBe('termDates[0].term');
    expect(
      fieldOf(() =>
        TermCalendar.withOverrides([
          { term: '2027-spring', startsOn: '2027-02-30', endsOn: '2027-03-26' },
        ]),
      ),
    ).toBe('termDates[0].startsOn');
  });
});
