import { parseJsonKeepingText } from '@governance/event-store';
import type { PolicyEvaluatedData } from '@governance/domain';
import { checklistTextOf } from './checklist-text';

const evaluation: PolicyEvaluatedData = {
  schoolId: 's1',
  policyId: 'p1',
  evaluatedOn: '2026-10-01',
  checklist: [
    { point: 'Coordinator "in place", ],"effectivenessStatement":"x"}', answer: 'yes', evidence: 'Ms Crosby \\ é \u2028 \ud800' },
    { point: 'Funding in place', answer: 'no', evidence: null },
  ],
  effectivenessStatement: 'It is effective, "mostly"} ]',
};

describe('the JSON text of an evaluation checklist', () => {
  it('given data read from the store, then it is the text JSON.stringify gives, escapes and all', () => {
    const data = parseJsonKeepingText<PolicyEvaluatedData>(JSON.stringify(evaluation));
    expect(checklistTextOf(data)).toBe(JSON.stringify(evaluation.checklist));
    const empty = parseJsonKeepingText<PolicyEvaluatedData>(JSON.stringify({ ...evaluation, checklist: [] }));
    expect(checklistTextOf(empty)).toBe('[]');
  });

  it('given data of another shape or not read from text, then it stringifies the checklist', () => {
    const reordered = parseJsonKeepingText<PolicyEvaluatedData>(
      JSON.stringify({ schoolId: 's1', policyId: 'p1', evaluatedOn: '2026-10-01', checklist: evaluation.checklist, extra: [1], effectivenessStatement: 'ok' }),
    );
    expect(checklistTextOf(reordered)).toBe(JSON.stringify(evaluation.checklist));
    expect(checklistTextOf({ ...evaluation })).toBe(JSON.stringify(evaluation.checklist));
    const noChecklist = parseJsonKeepingText<PolicyEvaluatedData>('{"schoolId":"s1","policyId":"p1","evaluatedOn":"2026-10-01","effectivenessStatement":"ok"}');
    expect(checklistTextOf(noChecklist)).toBe('[]');
  });
});
