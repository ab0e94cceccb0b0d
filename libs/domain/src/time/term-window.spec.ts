import { DomainError } from '../shared/domain-error';
import { TermCalendar } from './term-calendar';
import { refuseTermTooFarAhead } from './term-window';

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}

describe('refuseTermTooFarAhead', () => {
  it('accepts past terms, the current term and the next one', () => {
    expect(codeOf(() => refuseTermTooFarAhead('2019-summer', '2026-11-24'))).toBeNull();
    expect(codeOf(() => refuseTermTooFarAhead('2026-autumn', '2026-11-24'))).toBeNull();
    expect(codeOf(() => refuseTermTooFarAhead('2027-spring', '2026-11-24'))).toBeNull();
  });

  it('refuses the term after next', () => {
    expect(codeOf(() => refuseTermTooFarAhead('2027-summer', '2026-11-24'))).toBe(
      'term-too-far-ahead',
    );
    expect(() => refuseTermTooFarAhead('2027-summer', '2026-11-24')).toThrow(
      'Summer 2027 is too far ahead: reports can be made up to next term (Spring 2027).',
    );
  });

  it('moves the window on at a term boundary', () => {
    expect(codeOf(() => refuseTermTooFarAhead('2028-spring', '2027-08-31'))).toBe(
      'term-too-far-ahead',
    );
    expect(codeOf(() => refuseTermTooFarAhead('2027-autumn', '2027-08-31'))).toBeNull();
    expect(codeOf(() => refuseTermTooFarAhead('2028-spring', '2027-09-01'))).toBeNull();
  });

  it('follows the trust’s own term dates when given', () => {
    const calendar = TermCalendar.withOverrides([
      { term: '2027-autumn', startsOn: '2027-08-27', endsOn: '2027-12-17' },
    ]);
    expect(codeOf(() => refuseTermTooFarAhead('2028-spring', '2027-08-28', calendar))).toBeNull();
    expect(codeOf(() => refuseTermTooFarAhead('2028-spring', '2027-08-28'))).toBe(
      'term-too-far-ahead',
    );
  });
});
