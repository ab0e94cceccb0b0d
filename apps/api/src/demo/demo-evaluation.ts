import { addDays, isAfter, LocalDate, standardEvaluationPoints } from '@governance/domain';

export interface DemoEvaluation {
  evaluatedOn: LocalDate;
  checklist: { point: string; answer: 'yes' | 'no' | 'n/a'; evidence: string | null }[];
  effectivenessStatement: string;
}

/**
 * About half a school's adopted policies were evaluated on the Libra form in the last year,
 * mostly "Yes" with the odd "No" a governing body would want to see, and the statement in the
 * sample's words. None is dated before the adoption or after today.
 */
export function demoEvaluation(today: LocalDate, adoptedOn: LocalDate, variant: number): DemoEvaluation | null {
  if (variant % 2 === 1) return null;
  const evaluatedOn = addDays(today, -(12 + ((variant * 37) % 330)));
  if (!isAfter(evaluatedOn, adoptedOn)) return null;
  const councilNotInvolved = variant % 4 === 0;
  return {
    evaluatedOn,
    checklist: standardEvaluationPoints.map((point) => {
      if (point === 'School Council involved with policy development' && councilNotInvolved) {
        return { point, answer: 'no', evidence: 'To be discussed at the next School Council meeting' };
      }
      if (point === 'Visitors aware of this policy' && variant % 3 === 0) return { point, answer: 'n/a', evidence: null };
      return { point, answer: 'yes', evidence: null };
    }),
    effectivenessStatement: councilNotInvolved
      ? 'It is effective and suitable for purpose; pupils should be involved at the next review.'
      : 'It is effective and suitable for purpose.',
  };
}
