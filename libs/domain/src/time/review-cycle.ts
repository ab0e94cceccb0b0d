import { InvalidValueError } from '../shared/domain-error';
import { numberWordValue } from '../shared/number-words';

/** A review cycle is a whole number of months, 1 to 60 (API.md, reviewCycleMonths). */
export const MIN_REVIEW_CYCLE_MONTHS = 1;
export const MAX_REVIEW_CYCLE_MONTHS = 60;

/** Months of the phrases policy headers use. "Bi-annually" means every two years, as English schools use it. */
const PHRASES: Record<string, number> = {
  monthly: 1,
  termly: 4,
  'every term': 4,
  'half-yearly': 6,
  'six-monthly': 6,
  'twice a year': 6,
  annually: 12,
  annual: 12,
  yearly: 12,
  'every year': 12,
  'each year': 12,
  biennially: 24,
  biennial: 24,
  'bi-annually': 24,
  'bi-annual': 24,
  biannually: 24,
  biannual: 24,
  triennially: 36,
  triennial: 36,
  quadrennially: 48,
};

/** "every 18 months", "6 months", "every two years", "3 years", "every 2nd year". */
const QUANTITY = /^(?:every )?([a-z-]+|\d+)(?:st|nd|rd|th)? (month|year)s?$/;

/**
 * Reads a review cycle as a number of months: a whole number (12, "12") or a phrase
 * ("annually" 12, "bi-annually"/"biennially"/"every two years" 24, "every three years"/
 * "triennially" 36, "every 4 years" 48, "termly" 4, "6 months", "every 18 months"),
 * case-insensitively. It must come to 1-60 months; otherwise InvalidValueError naming `field`.
 */
export function parseReviewCycle(input: unknown, field = 'reviewCycleMonths'): number {
  const months =
    typeof input === 'number' ? input : typeof input === 'string' ? monthsOf(input) : null;
  if (months === null || !Number.isInteger(months)) {
    throw new InvalidValueError(
      field,
      `${field} must be a number of months (1-${MAX_REVIEW_CYCLE_MONTHS}) or a phrase such as "annually", ` +
        `"bi-annually", "every three years" or "termly"${typeof input === 'string' ? `; "${input}" is not one` : ''}.`,
    );
  }
  if (months < MIN_REVIEW_CYCLE_MONTHS || months > MAX_REVIEW_CYCLE_MONTHS) {
    throw new InvalidValueError(
      field,
      `${field} must be between ${MIN_REVIEW_CYCLE_MONTHS} and ${MAX_REVIEW_CYCLE_MONTHS} months; ${months} is not.`,
    );
  }
  return months;
}

function monthsOf(input: string): number | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(text)) return Number(text);
  if (Object.hasOwn(PHRASES, text)) return PHRASES[text];
  const quantity = QUANTITY.exec(text);
  if (!quantity) return null;
  const word = quantity[1];
  const count = /^\d+$/.test(word) ? Number(word) : numberWordValue(word);
  if (count === null) return null;
  return quantity[2] === 'year' ? count * 12 : count;
}

/** How a cycle reads in a register: "annually", "every 2 years", "termly", "every 18 months". */
export function describeReviewCycle(months: number): string {
  if (months === 4) return 'termly';
  if (months === 12) return 'annually';
  if (months % 12 === 0) return `every ${months / 12} years`;
  if (months === 1) return 'monthly';
  return `every ${months} months`;
}
