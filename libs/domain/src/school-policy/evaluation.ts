import { InvalidValueError } from '../shared/domain-error';
import { optionalText, requireChoice, requireText } from '../input';

/** The Yes / No / N/A columns of the policy evaluation form. */
export const checklistAnswers = ['yes', 'no', 'n/a'] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];

export type ChecklistItem = {
  point: string;
  answer: ChecklistAnswer;
  evidence: string | null;
};

/**
 * The points of the policy evaluation form in the Libra sample ("Points to be considered"),
 * with "Directors" written as governors. A school may use its own points instead.
 */
export const standardEvaluationPoints: readonly string[] = [
  'Policy annually reviewed',
  'Policy in line with current legislation',
  'Coordinator in place',
  'Nominated governor in place',
  'Coordinator carries out role effectively',
  'Headteacher, coordinator and nominated governor work closely',
  'Policy endorsed by governors',
  'Policy regularly discussed at meetings of the governors',
  'School staff aware of this policy',
  'School staff comply with this policy',
  'Pupils aware of this policy',
  'Parents aware of this policy',
  'Visitors aware of this policy',
  'Local community aware of this policy',
  'Funding in place',
  'Policy complies with the Equality Act',
  'Equality Impact Assessment undertaken',
  'Policy referred to the School Handbook',
  'Policy available from the school office',
  'Policy available from the school website',
  'School Council involved with policy development',
  'All stakeholders take part in questionnaires and surveys',
  'All associated training in place',
  'All outlined procedures complied with',
  'Linked policies in place and up to date',
  'Associated policies in place and up to date',
];

/** Reads a checklist of at least one point; each point answered yes, no or n/a, with optional evidence. */
export function parseChecklist(input: unknown, field = 'checklist'): ChecklistItem[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new InvalidValueError(
      field,
      `${field} must list at least one point, each answered yes, no or n/a.`,
    );
  }
  const items = input.map((item: unknown, index) => {
    const at = `${field}[${index}]`;
    if (typeof item !== 'object' || item === null)
      throw new InvalidValueError(at, `${at} must be {point, answer, evidence}.`);
    const raw = item as Record<string, unknown>;
    return {
      point: requireText(raw.point, `${at}.point`, { max: 500 }),
      answer: requireChoice(raw.answer, checklistAnswers, `${at}.answer`),
      evidence: optionalText(raw.evidence, `${at}.evidence`, { max: 5000 }),
    };
  });
  const seen = new Set<string>();
  items.forEach(({ point }, index) => {
    const key = point.toLowerCase();
    if (seen.has(key))
      throw new InvalidValueError(
        `${field}[${index}].point`,
        `“${point}” is listed twice in ${field}.`,
      );
    seen.add(key);
  });
  return items;
}

/** A checklist counted up as a board reads it: how many Yes, No and N/A, and which points are No. */
export function tallyChecklist(checklist: readonly Pick<ChecklistItem, 'point' | 'answer'>[]): {
  answers: { yes: number; no: number; notApplicable: number };
  answeredNo: string[];
} {
  const count = (answer: ChecklistAnswer) => checklist.filter((item) => item.answer === answer).length;
  return {
    answers: { yes: count('yes'), no: count('no'), notApplicable: count('n/a') },
    answeredNo: checklist.filter((item) => item.answer === 'no').map((item) => item.point),
  };
}
