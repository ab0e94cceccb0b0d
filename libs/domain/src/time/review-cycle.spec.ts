import { InvalidValueError } from '../shared/domain-error';
import { describeReviewCycle, parseReviewCycle } from './review-cycle';

describe('parseReviewCycle', () => {
  it.each([
    [12, 12],
    [1, 1],
    [60, 60],
    ['24', 24],
    ['annually', 12],
    ['Annual', 12],
    ['yearly', 12],
    ['every year', 12],
    ['biennially', 24],
    ['Bi-Annually', 24],
    ['biannually', 24],
    ['every two years', 24],
    ['Every 2 years', 24],
    ['every 2nd year', 24],
    ['every three years', 36],
    ['triennially', 36],
    ['3 years', 36],
    ['every 4 years', 48],
    ['every five years', 60],
    ['termly', 4],
    ['6 months', 6],
    ['every 18 months', 18],
    ['every eighteen months', 18],
  ])('reads %p as %i months', (input, months) => {
    expect(parseReviewCycle(input)).toBe(months);
  });

  it.each([0, 61, 12.5, -12, '0', 'every 6 years', 'every 100 months'])(
    'refuses %p, outside 1-60 whole months',
    (input) => {
      expect(() => parseReviewCycle(input)).toThrow(InvalidValueError);
    },
  );

  it.each([
    'sometimes',
    'when needed',
    'every blue moon',
    'constructor',
    '',
    null,
    undefined,
    true,
  ])('refuses %p, which is not a cycle, naming the field', (input) => {
    try {
      parseReviewCycle(input, 'reviewCycleMonths');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidValueError);
      expect((error as InvalidValueError).field).toBe('reviewCycleMonths');
      expect((error as Error).message).toMatch(
        /reviewCycleMonths must be a number of months \(1-60\)/,
      );
    }
  });

  it('says why an out-of-range number is refused', () => {
    expect(() => parseReviewCycle(72)).toThrow(
      'reviewCycleMonths must be between 1 and 60 months; 72 is not.',
    );
  });
});

describe('describeReviewCycle', () => {
  it.each([
    [12, 'annually'],
    [24, 'every 2 years'],
    [36, 'every 3 years'],
    [4, 'termly'],
    [1, 'monthly'],
    [18, 'every 18 months'],
  ])('%i months reads "%s"', (months, text) => {
    expect(describeReviewCycle(months)).toBe(text);
  });
});
