import { addMonths, isBefore, LocalDate, latestDate } from '../time/local-date';
import { TrainingRecord } from './events';

/**
 * Safeguarding training every governor and trustee needs (Keeping Children Safe in Education
 * expects it at induction and regular updates). One rule recognises it: the title contains the
 * word "safeguarding" (any case), e.g. "Safeguarding for governors", "Level 1 safeguarding".
 * A record counts for 3 years; it is `due` in the last 3 months of those, `overdue` after them,
 * or when someone who needs it has none.
 */
export const SAFEGUARDING_VALID_FOR_MONTHS = 36;
export const SAFEGUARDING_DUE_WINDOW_MONTHS = 3;

export function isSafeguardingTitle(title: string): boolean {
  return /safeguarding/i.test(title);
}

/** `not-required`: none recorded and no governor or trustee role. */
export type SafeguardingStatus = 'done' | 'due' | 'overdue' | 'not-required';

export interface SafeguardingTraining {
  status: SafeguardingStatus;
  /** The latest safeguarding training's date, null when none. */
  lastCompletedOn: LocalDate | null;
  /** The day it stops counting (3 years on), null when none. */
  expiresOn: LocalDate | null;
}

export function safeguardingTraining(records: readonly TrainingRecord[], needsIt: boolean, today: LocalDate): SafeguardingTraining {
  const lastCompletedOn = latestDate(records.filter((record) => record.safeguarding).map((record) => record.completedOn));
  if (lastCompletedOn === null) return { status: needsIt ? 'overdue' : 'not-required', lastCompletedOn: null, expiresOn: null };
  const expiresOn = addMonths(lastCompletedOn, SAFEGUARDING_VALID_FOR_MONTHS);
  const dueFrom = addMonths(expiresOn, -SAFEGUARDING_DUE_WINDOW_MONTHS);
  const status = !isBefore(today, expiresOn) ? 'overdue' : !isBefore(today, dueFrom) ? 'due' : 'done';
  return { status, lastCompletedOn, expiresOn };
}
