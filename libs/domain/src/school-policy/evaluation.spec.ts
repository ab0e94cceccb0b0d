import { InvalidValueError } from '../shared/domain-error';
import { parseChecklist, standardEvaluationPoints } from './evaluation';

describe('parseChecklist', () => {
  it('reads points answered yes, no or n/a, blank evidence becoming null', () => {
    expect(
      parseChecklist([
        { point: ' Funding in place ', answer: 'yes', evidence: 'Budget line 4.2' },
        { point: 'Visitors aware of this policy', answer: 'n/a', evidence: '  ' },
      ]),
    ).toEqual([
      { point: 'Funding in place', answer: 'yes', evidence: 'Budget line 4.2' },
      { point: 'Visitors aware of this policy', answer: 'n/a', evidence: null },
    ]);
  });

  it('refuses a point listed twice', () => {
    expect(() =>
      parseChecklist([
        { point: 'Funding in place', answer: 'yes' },
        { point: 'funding in place', answer: 'no' },
      ]),
    ).toThrow(InvalidValueError);
  });

  it('refuses a blank point, and a checklist that is not a list', () => {
    expect(() => parseChecklist([{ point: '', answer: 'yes' }])).toThrow(
      /checklist\[0\]\.point is required/,
    );
    expect(() => parseChecklist('all good')).toThrow(/checklist must list at least one point/);
    expect(() => parseChecklist([null])).toThrow(/checklist\[0\] must be/);
  });

  it('offers the points of the Libra evaluation form', () => {
    expect(standardEvaluationPoints).toHaveLength(26);
    expect(standardEvaluationPoints).toContain('Equality Impact Assessment undertaken');
    expect(() =>
      parseChecklist(standardEvaluationPoints.map((point) => ({ point, answer: 'yes' }))),
    ).not.toThrow();
  });
});
