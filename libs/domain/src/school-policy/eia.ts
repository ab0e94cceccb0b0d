import { InvalidValueError } from '../shared/domain-error';
import { requireChoice } from '../input';

/** The nine protected characteristics of the Equality Act 2010, as API.md names them. */
export const protectedCharacteristics = [
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
export type ProtectedCharacteristic = (typeof protectedCharacteristics)[number];

/** The Y / N / NS columns of the initial equality impact assessment form. */
export const eiaAnswers = ['yes', 'no', 'not-sure'] as const;
export type EiaAnswer = (typeof eiaAnswers)[number];

/**
 * The three questions of the initial EIA, asked for each characteristic:
 * - negativeImpact: does or could this policy have a negative impact on it?
 * - promotesEquality: does or could this policy help promote equality for it?
 * - dataPositive: does data collected from the equality group have a positive impact on this policy?
 */
export const eiaQuestions = ['negativeImpact', 'promotesEquality', 'dataPositive'] as const;
export type EiaQuestion = (typeof eiaQuestions)[number];
export type EiaImpact = Record<EiaQuestion, EiaAnswer>;
export type EiaImpacts = Record<ProtectedCharacteristic, EiaImpact>;

/** Who the policy affects, the ticks of the form's second table. */
export const eiaAudiences = [
  'pupils',
  'staff',
  'parents-carers',
  'governors',
  'volunteers',
  'visitors',
  'wider-community',
] as const;
export type EiaAudience = (typeof eiaAudiences)[number];

/** Words of older forms that are not Equality Act 2010 characteristics, and what to use instead. */
const OLD_NAMES: Record<string, string> = {
  gender: 'sex or gender-reassignment',
  'gender-identity': 'gender-reassignment',
  religion: 'religion-belief',
  pregnancy: 'pregnancy-maternity',
  marriage: 'marriage-civil-partnership',
};

/**
 * Reads the impacts of an EIA: all nine characteristics, each with all three answers. A
 * missing or unknown characteristic or answer throws InvalidValueError naming it
 * (`impacts.race.negativeImpact`).
 */
export function parseEiaImpacts(input: unknown, field = 'impacts'): EiaImpacts {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidValueError(
      field,
      `${field} must give, for each of the nine Equality Act 2010 characteristics, the answers ` +
        `{negativeImpact, promotesEquality, dataPositive}.`,
    );
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!(protectedCharacteristics as readonly string[]).includes(key)) {
      const instead = Object.hasOwn(OLD_NAMES, key) ? `; use ${OLD_NAMES[key]}` : '';
      throw new InvalidValueError(
        `${field}.${key}`,
        `${key} is not one of the Equality Act 2010 characteristics (${protectedCharacteristics.join(', ')})${instead}.`,
      );
    }
  }
  const impacts = {} as EiaImpacts;
  for (const characteristic of protectedCharacteristics) {
    impacts[characteristic] = readImpact(raw[characteristic], `${field}.${characteristic}`);
  }
  return impacts;
}

function readImpact(input: unknown, field: string): EiaImpact {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidValueError(
      field,
      `${field} is required: answer negativeImpact, promotesEquality and dataPositive.`,
    );
  }
  const raw = input as Record<string, unknown>;
  const impact = {} as EiaImpact;
  for (const question of eiaQuestions)
    impact[question] = requireChoice(raw[question], eiaAnswers, `${field}.${question}`);
  return impact;
}

/** The characteristics on which the policy does or could have a negative impact, or may have ("not sure"). */
export function characteristicsOfConcern(impacts: EiaImpacts): ProtectedCharacteristic[] {
  return protectedCharacteristics.filter((c) => impacts[c].negativeImpact !== 'no');
}
