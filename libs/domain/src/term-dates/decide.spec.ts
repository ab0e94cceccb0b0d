import { fold } from '../shared/decider';
import { InvalidValueError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { assessReview } from '../review-status/review-status';
import { TermDatesSet, termCalendarOf } from './events';
import { termDatesDecider } from './decider';

const spec = deciderSpec(termDatesDecider);
const trustId = 'trust-1';
const spring2027 = { term: '2027-spring' as const, startsOn: '2027-01-05', endsOn: '2027-03-26' };
const summer2027 = { term: '2027-summer' as const, startsOn: '2027-04-12', endsOn: '2027-07-21' };
const springSet: TermDatesSet = { type: 'TermDatesSet', data: { trustId, terms: [spring2027] } };

describe('term dates decider', () => {
  it('sets a term’s dates, reading the term as schools write it', () => {
    spec
      .given([])
      .when({
        type: 'SetTermDates',
        data: { trustId, terms: [{ term: 'Spring 2027', startsOn: '2027-01-05', endsOn: '2027-03-26' }] },
      })
      .then([springSet]);
  });

  it('records only the terms whose dates change, in time order', () => {
    spec
      .given([springSet])
      .when({ type: 'SetTermDates', data: { trustId, terms: [summer2027, spring2027] } })
      .then([{ type: 'TermDatesSet', data: { trustId, terms: [summer2027] } }]);
  });

  it('records nothing when every date is already as given', () => {
    spec.given([springSet]).when({ type: 'SetTermDates', data: { trustId, terms: [spring2027] } }).then([]);
  });

  it('replaces a term set before', () => {
    const later = { ...spring2027, endsOn: '2027-04-01' };
    spec
      .given([springSet])
      .when({ type: 'SetTermDates', data: { trustId, terms: [later] } })
      .then([{ type: 'TermDatesSet', data: { trustId, terms: [later] } }]);
  });

  it('refuses an empty list', () => {
    spec.given([]).when({ type: 'SetTermDates', data: { trustId, terms: [] } }).thenThrows('no-terms');
  });

  it('refuses dates that overlap a term the trust set before', () => {
    spec
      .given([springSet])
      .when({
        type: 'SetTermDates',
        data: { trustId, terms: [{ term: '2027-summer', startsOn: '2027-03-20', endsOn: '2027-07-21' }] },
      })
      .thenThrows('term-dates-overlap');
  });

  it('answers malformed input (not a list, a bad date, far from the defaults) as an invalid value naming the field', () => {
    const decide = (terms: unknown) => () =>
      termDatesDecider.decide({ type: 'SetTermDates', data: { trustId, terms } }, termDatesDecider.initialState(), testContext);
    expect(decide('spring')).toThrow(InvalidValueError);
    expect(decide([{ term: '2027-spring', startsOn: '2027-02-30', endsOn: '2027-03-26' }])).toThrow(
      expect.objectContaining({ field: 'terms[0].startsOn' }),
    );
    expect(decide([{ term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-07-26' }])).toThrow(
      expect.objectContaining({ field: 'terms[0].endsOn' }),
    );
    expect(decide([spring2027, spring2027])).toThrow(expect.objectContaining({ field: 'terms[1].term' }));
  });

  it('folds into the trust’s calendar, which statuses then use', () => {
    const state = fold(termDatesDecider, [springSet]);
    const calendar = termCalendarOf(state);
    expect(calendar.endOf('2027-spring')).toBe('2027-03-26');
    expect(calendar.termOf('2027-03-30')).toBe('2027-spring'); // the Easter holiday belongs to the term before it
    const facts = {
      scope: 'school' as const,
      reviewCycleMonths: 12,
      trust: { approvals: [], reviews: [] },
      school: { adoptions: [{ version: 1, adoptedOn: '2026-01-10' }], reviews: [{ reviewedOn: '2026-03-01', nextReviewDue: '2027-spring' }] },
    };
    expect(assessReview(facts, '2027-03-30', calendar).status).toBe('overdue');
    expect(assessReview(facts, '2027-03-30').status).toBe('due-soon');
  });
});
