import { TermCalendar } from '../time/term-calendar';
import { lastReviewedOn, nextReview } from './next-review';
import { PolicyReviewFacts, ReviewRecord } from './review-facts';
import { assessReview, dueSoonUntil, reviewStatus } from './review-status';

const adoption = (adoptedOn: string, version = 1) => ({ version, adoptedOn });
const approval = (approvedOn: string, version = 1) => ({ version, approvedOn });
const review = (reviewedOn: string, nextReviewDue: string | null = null): ReviewRecord => ({
  reviewedOn,
  nextReviewDue,
});

function schoolPolicy(
  school: Partial<PolicyReviewFacts['school']>,
  reviewCycleMonths = 12,
): PolicyReviewFacts {
  return {
    scope: 'school',
    reviewCycleMonths,
    trust: { approvals: [], reviews: [] },
    school: { adoptions: [], reviews: [], ...school },
  };
}

function trustPolicy(
  trust: Partial<PolicyReviewFacts['trust']>,
  school: Partial<PolicyReviewFacts['school']> = {},
  reviewCycleMonths = 12,
): PolicyReviewFacts {
  return {
    scope: 'trust',
    reviewCycleMonths,
    trust: { approvals: [], reviews: [], ...trust },
    school: { adoptions: [], reviews: [], ...school },
  };
}

/** A trust whose spring term 2027 ends on 26 March (Easter 2027 is 28 March). */
const trustCalendar = TermCalendar.withOverrides([
  { term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-03-26' },
]);

describe('nextReview', () => {
  it('is null before anything starts a cycle', () => {
    expect(nextReview(schoolPolicy({}))).toBeNull();
  });

  it('runs one cycle from the adoption, clamping to the end of a shorter month', () => {
    expect(nextReview(schoolPolicy({ adoptions: [adoption('2025-01-31')] }, 1))).toEqual({
      dueOn: '2025-02-28',
      asGiven: null,
      from: '2025-01-31',
    });
    expect(nextReview(schoolPolicy({ adoptions: [adoption('2024-02-29')] }, 12))?.dueOn).toBe(
      '2025-02-28',
    );
    expect(nextReview(schoolPolicy({ adoptions: [adoption('2026-08-31')] }, 18))?.dueOn).toBe(
      '2028-02-29',
    );
  });

  it('runs one cycle from the last review when it set no date', () => {
    const facts = schoolPolicy(
      { adoptions: [adoption('2023-03-03')], reviews: [review('2025-03-01')] },
      24,
    );
    expect(nextReview(facts)).toEqual({ dueOn: '2027-03-01', asGiven: null, from: '2025-03-01' });
  });

  it('takes the explicit next review of the last review, a term meaning its last day', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2023-03-03')],
      reviews: [review('2024-03-01', '2025-spring')],
    });
    expect(nextReview(facts)).toEqual({
      dueOn: '2025-03-31',
      asGiven: '2025-spring',
      from: '2024-03-01',
    });
  });

  it('reads a term due date with the trust’s own term dates', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2025-03-03')],
      reviews: [review('2026-03-01', '2027-spring')],
    });
    expect(nextReview(facts, trustCalendar)?.dueOn).toBe('2027-03-26');
  });

  it('takes an explicit date or month as given', () => {
    expect(
      nextReview(
        schoolPolicy({
          adoptions: [adoption('2018-11-01')],
          reviews: [review('2018-11-20', '2020-10-15')],
        }),
      )?.dueOn,
    ).toBe('2020-10-15');
    expect(
      nextReview(
        schoolPolicy({
          adoptions: [adoption('2018-11-01')],
          reviews: [review('2018-11-20', '2020-10')],
        }),
      )?.dueOn,
    ).toBe('2020-10-31');
  });

  it('restarts the cycle at a later adoption, even after a review that set a date', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2024-01-10'), adoption('2025-06-01', 2)],
      reviews: [review('2025-01-10', '2027-spring')],
    });
    expect(nextReview(facts)).toEqual({ dueOn: '2026-06-01', asGiven: null, from: '2025-06-01' });
  });

  it('lets a review count after an adoption of the same day', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2025-06-01', 2)],
      reviews: [review('2025-06-01', '2026-autumn')],
    });
    expect(nextReview(facts)?.dueOn).toBe('2026-12-31');
  });

  it('uses the latest review by date, not the last recorded (history back-filled out of order)', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2020-01-01')],
      reviews: [review('2024-05-01', '2025-summer'), review('2022-05-01', '2023-summer')],
    });
    expect(nextReview(facts)?.dueOn).toBe('2025-08-31');
  });

  it('follows the trust’s approvals and reviews for a trust-scope policy, not the school’s adoption', () => {
    const facts = trustPolicy(
      { approvals: [approval('2024-11-01')], reviews: [review('2025-11-03')] },
      { adoptions: [adoption('2026-01-15')] },
      24,
    );
    expect(nextReview(facts)).toEqual({ dueOn: '2027-11-03', asGiven: null, from: '2025-11-03' });
    expect(nextReview(trustPolicy({ approvals: [approval('2018-11-01')] }, {}, 24))?.dueOn).toBe(
      '2020-11-01',
    );
  });

  it('ignores facts dated after asOf', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2024-03-01')],
      reviews: [review('2025-02-01', '2027-spring')],
    });
    expect(nextReview(facts, TermCalendar.default, '2025-01-31')?.dueOn).toBe('2025-03-01');
    expect(nextReview(facts, TermCalendar.default, '2024-02-29')).toBeNull();
  });
});

describe('lastReviewedOn', () => {
  it('is the latest review at the level that governs the policy', () => {
    expect(lastReviewedOn(schoolPolicy({ adoptions: [adoption('2020-01-01')] }))).toBeNull();
    expect(
      lastReviewedOn(schoolPolicy({ reviews: [review('2025-05-01'), review('2024-05-01')] })),
    ).toBe('2025-05-01');
    expect(
      lastReviewedOn(
        trustPolicy({ reviews: [review('2025-11-03')] }, { reviews: [review('2026-01-01')] }),
      ),
    ).toBe('2025-11-03');
    expect(
      lastReviewedOn(schoolPolicy({ reviews: [review('2025-05-01')] }), '2025-04-30'),
    ).toBeNull();
  });
});

describe('assessReview: status precedence', () => {
  const asOf = '2026-11-24'; // Autumn 2026: due soon up to the end of Spring 2027 (31 March)

  it('a school policy the school has not adopted is not-adopted', () => {
    expect(assessReview(schoolPolicy({}), asOf)).toEqual({
      status: 'not-adopted',
      adoptedVersion: null,
      lastReviewedOn: null,
      nextReviewDue: null,
      nextReviewDueAsGiven: null,
    });
  });

  it('a trust-scope policy is not-adopted at a school until the school adopts a version, though the trust keeps it in date', () => {
    const facts = trustPolicy({ approvals: [approval('2026-09-10')] });
    expect(assessReview(facts, asOf)).toMatchObject({
      status: 'not-adopted',
      nextReviewDue: '2027-09-10',
    });
  });

  it('a trust-scope policy adopted at a school but never approved nor reviewed by the trust is never-reviewed', () => {
    const facts = trustPolicy({}, { adoptions: [adoption('2026-09-10')] });
    expect(assessReview(facts, asOf)).toEqual({
      status: 'never-reviewed',
      adoptedVersion: 1,
      lastReviewedOn: null,
      nextReviewDue: null,
      nextReviewDueAsGiven: null,
    });
  });

  it('a freshly adopted school policy is in date (its cycle starts at the adoption)', () => {
    expect(
      assessReview(
        schoolPolicy({ adoptions: [adoption('2026-09-10'), adoption('2026-10-01', 3)] }),
        asOf,
      ),
    ).toEqual({
      status: 'in-date',
      adoptedVersion: 3,
      lastReviewedOn: null,
      nextReviewDue: '2027-10-01',
      nextReviewDueAsGiven: null,
    });
  });

  it('is overdue the day after the due date, and due soon on it', () => {
    const facts = schoolPolicy({ adoptions: [adoption('2025-11-24')] });
    expect(reviewStatus(facts, '2026-11-24')).toBe('due-soon');
    expect(reviewStatus(facts, '2026-11-25')).toBe('overdue');
  });

  it('an adopted trust-scope policy whose trust review is late is overdue at the school', () => {
    const facts = trustPolicy(
      { approvals: [approval('2018-11-01')], reviews: [review('2018-11-20', '2020-10')] },
      { adoptions: [adoption('2019-01-10')] },
    );
    expect(assessReview(facts, asOf)).toEqual({
      status: 'overdue',
      adoptedVersion: 1,
      lastReviewedOn: '2018-11-20',
      nextReviewDue: '2020-10-31',
      nextReviewDueAsGiven: '2020-10',
    });
  });

  it('is due soon when due within the current or the next term, and in date after that', () => {
    const dueOn = (nextReviewDue: string) =>
      reviewStatus(
        schoolPolicy({
          adoptions: [adoption('2026-01-01')],
          reviews: [review('2026-06-01', nextReviewDue)],
        }),
        asOf,
      );
    expect(dueOn('2026-12-31')).toBe('due-soon');
    expect(dueOn('2027-spring')).toBe('due-soon');
    expect(dueOn('2027-03-31')).toBe('due-soon');
    expect(dueOn('2027-04-01')).toBe('in-date');
    expect(dueOn('2027-summer')).toBe('in-date');
  });

  it('moves the due-soon window at a term boundary', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2026-01-01')],
      reviews: [review('2026-06-01', '2027-01-15')],
    });
    expect(reviewStatus(facts, '2026-08-31')).toBe('in-date'); // Summer: window ends with Autumn, 31 Dec
    expect(reviewStatus(facts, '2026-09-01')).toBe('due-soon'); // Autumn: window ends with Spring, 31 Mar
  });

  it('counts a term due date to the trust’s own last day of term', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2025-03-03')],
      reviews: [review('2026-03-01', 'Spring 2027')],
    });
    expect(reviewStatus(facts, '2027-03-27', trustCalendar)).toBe('overdue');
    expect(reviewStatus(facts, '2027-03-27')).toBe('due-soon');
    expect(reviewStatus(facts, '2027-03-26', trustCalendar)).toBe('due-soon');
  });

  it('handles a month-end cycle: adopted 31 January, monthly, is due 28 February', () => {
    const facts = schoolPolicy({ adoptions: [adoption('2026-01-31')] }, 1);
    expect(assessReview(facts, '2026-02-28')).toMatchObject({
      status: 'due-soon',
      nextReviewDue: '2026-02-28',
    });
    expect(reviewStatus(facts, '2026-03-01')).toBe('overdue');
  });

  it('gives the status of a past day, ignoring what happened after it', () => {
    const facts = schoolPolicy({
      adoptions: [adoption('2024-03-01')],
      reviews: [review('2025-04-01')],
    });
    expect(reviewStatus(facts, '2024-02-29')).toBe('not-adopted');
    expect(reviewStatus(facts, '2025-03-15')).toBe('overdue');
    expect(reviewStatus(facts, '2025-04-01')).toBe('in-date');
  });
});

describe('dueSoonUntil', () => {
  it('is the end of the next term under the default boundaries', () => {
    expect(dueSoonUntil('2026-11-24')).toBe('2027-03-31');
    expect(dueSoonUntil('2026-12-31')).toBe('2027-03-31');
    expect(dueSoonUntil('2027-01-01')).toBe('2027-08-31');
    expect(dueSoonUntil('2027-08-31')).toBe('2027-12-31');
  });

  it('is 60 days on when the next term ends sooner than that', () => {
    const shortSpring = TermCalendar.withOverrides([
      { term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-02-10' },
    ]);
    expect(dueSoonUntil('2026-12-31', shortSpring)).toBe('2027-03-01');
    expect(dueSoonUntil('2026-10-01', shortSpring)).toBe('2027-02-10');
  });
});
