import { reject } from './errors';
import { POLICY_WORDS } from './text-lines';
import { DetectedPolicy } from './types';

/**
 * Whether a document reads as a school policy: it calls itself a policy (or procedure, code
 * of conduct, ...) and states something a policy states (review or approval details, a
 * review cycle, legislation, an EIA) or speaks of "this policy". Meant to catch the wrong file
 * (a menu, a letter, a spreadsheet saved as text), not to judge the policy.
 */
export function looksLikePolicy(text: string, detected: DetectedPolicy): boolean {
  if (!POLICY_WORDS.test(text) && !POLICY_WORDS.test(detected.title ?? '')) return false;
  const governance = [
    detected.lastReviewedOn,
    detected.nextReviewDue,
    detected.approvedBy,
    detected.approvedOn,
    detected.reviewCycleMonths,
    detected.statutory,
  ].some((value) => value !== null);
  return (
    governance ||
    detected.eia.present ||
    detected.legislation.length > 0 ||
    /\bthis (?:policy|procedure)\b/i.test(text)
  );
}

export function assertLooksLikePolicy(
  fileName: string,
  text: string,
  detected: DetectedPolicy,
): void {
  if (!looksLikePolicy(text, detected)) throw reject.notAPolicy(fileName);
}
