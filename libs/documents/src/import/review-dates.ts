import { FoundDate, compareStart } from './dates';
import { Found, datedPairs } from './found';
import type { LabelledValue } from './labelled-value';
import type { DetectOptions } from './types';

export interface ReviewDates {
  last: Found<FoundDate> | null;
  next: Found<FoundDate> | null;
}

/**
 * Last and next review: explicit labels first; then "Review date" (usually the next review)
 * and "Date of review" (usually the last) take whichever is still missing; then the
 * document's own date stands for its last review.
 */
export function readReviewDates(
  labelled: readonly LabelledValue[],
  options: DetectOptions,
  warnings: string[],
): ReviewDates {
  let last: ReviewDates['last'] = datedPairs(labelled, ['lastReview'])[0] ?? null;
  let next: ReviewDates['next'] = datedPairs(labelled, ['nextReview'])[0] ?? null;
  const documentDate = datedPairs(labelled, ['documentDate'])[0] ?? null;
  const quote = (found: Found<FoundDate> & { pair: LabelledValue }) =>
    `"${found.pair.label.replace(/:\s*$/, '')}: ${found.value.raw}"`;

  for (const found of datedPairs(labelled, ['reviewDate', 'dateOfReview'])) {
    const earlier = last?.value.value ?? documentDate?.value.value ?? null;
    const inFuture =
      options.today !== undefined && compareStart(found.value.value, options.today) > 0;
    const afterEarlier = earlier !== null && compareStart(found.value.value, earlier) > 0;
    const asNext =
      next === null &&
      (found.pair.kind === 'reviewDate' || last !== null || inFuture || afterEarlier);
    if (asNext) {
      next = found;
      if (last === null || found.pair.kind !== 'reviewDate') {
        const why = afterEarlier
          ? `it comes after the policy's date (${earlier})`
          : inFuture
            ? 'it is still to come'
            : last !== null
              ? 'the last review is given separately'
              : 'schools usually write the due date there';
        warnings.push(`${quote(found)} read as the next review date because ${why}`);
      }
    } else if (last === null) {
      last = found;
      if (next === null || found.pair.kind !== 'dateOfReview') {
        const why =
          next !== null ? 'the next review is given separately' : 'no next review date is given';
        warnings.push(`${quote(found)} read as the date of the last review because ${why}`);
      }
    }
  }
  if (
    last === null &&
    documentDate !== null &&
    (next === null || compareStart(documentDate.value.value, next.value.value) < 0)
  ) {
    last = documentDate;
    warnings.push(
      `the policy's date (${quote(documentDate)}, line ${documentDate.index + 1}) read as the date of its last review`,
    );
  }
  if (last && next && compareStart(next.value.value, last.value.value) <= 0) {
    warnings.push(
      `the next review (${next.value.value}) is not after the last review (${last.value.value}); please check both dates`,
    );
  }
  if (last && options.today && compareStart(last.value.value, options.today) > 0) {
    warnings.push(`the last review date (${last.value.value}) is in the future`);
  }
  return {
    last: last && { value: last.value, index: last.index },
    next: next && { value: next.value, index: next.index },
  };
}
