import { daysBetween, LocalDate } from '../time/local-date';

/** The two reminders to read and acknowledge: 7 and 14 days after a person was asked; nothing after. */
export const ACKNOWLEDGEMENT_REMINDER_DAYS = [7, 14] as const;
export type AcknowledgementReminderStep = (typeof ACKNOWLEDGEMENT_REMINDER_DAYS)[number];

/**
 * The latest reminder step reached by someone asked on `askedOn`, as of `asOf`, or null before
 * the seventh day. Only the latest counts: after missed days one email says how things stand.
 */
export function acknowledgementReminderStep(askedOn: LocalDate, asOf: LocalDate): AcknowledgementReminderStep | null {
  const days = daysBetween(askedOn, asOf);
  let reached: AcknowledgementReminderStep | null = null;
  for (const step of ACKNOWLEDGEMENT_REMINDER_DAYS) if (days >= step) reached = step;
  return reached;
}

/** What a person still has to read at one school, each with the day they were asked. */
export interface OutstandingReading {
  policyId: string;
  title: string;
  version: number;
  askedOn: LocalDate;
}

/**
 * A person's reminder at one school: the step reached by their oldest outstanding ask (its day
 * names the reminder cycle), listing everything outstanding there. Null when nothing has waited 7 days.
 */
export function acknowledgementReminderFor(
  outstanding: readonly OutstandingReading[],
  asOf: LocalDate,
): { step: AcknowledgementReminderStep; oldestAskedOn: LocalDate; items: OutstandingReading[] } | null {
  if (outstanding.length === 0) return null;
  const items = [...outstanding].sort((a, b) => a.askedOn.localeCompare(b.askedOn) || a.title.localeCompare(b.title));
  const oldestAskedOn = items[0].askedOn;
  const step = acknowledgementReminderStep(oldestAskedOn, asOf);
  return step === null ? null : { step, oldestAskedOn, items };
}
