/** The nine Equality Act 2010 characteristics, as the EIA route names them. */
export const CHARACTERISTICS = [
  'age',
  'disability',
  'gender-reassignment',
  'marriage-civil-partnership',
  'pregnancy-maternity',
  'race',
  'religion-belief',
  'sex',
  'sexual-orientation',
] as const;

type Answer = 'yes' | 'no' | 'not-sure';

/** A complete EIA grid: no negative impact, promotes equality, data not sure (unless overridden). */
export function fullEia(answers: Partial<Record<'negativeImpact' | 'promotesEquality' | 'dataPositive', Answer>> = {}) {
  return Object.fromEntries(
    CHARACTERISTICS.map((c) => [c, { negativeImpact: 'no', promotesEquality: 'yes', dataPositive: 'not-sure', ...answers }]),
  ) as Record<string, { negativeImpact: Answer; promotesEquality: Answer; dataPositive: Answer }>;
}
