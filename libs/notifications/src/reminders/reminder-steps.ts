import { LocalDate, ReminderSettings, addDays, compareDates, isAfter } from '@governance/domain';

/** One review cycle as the scan found it: the due date and when ReviewDue / ReviewOverdue were recorded. */
export interface ReviewCycle {
  dueOn: LocalDate;
  /** `asOf` of the cycle's ReviewDue, or null. */
  markedDueOn: LocalDate | null;
  /** `asOf` of the cycle's ReviewOverdue, or null. */
  markedOverdueOn: LocalDate | null;
}

export type ReminderStepKind = 'due' | 'days-before' | 'on-the-day' | 'overdue';

export interface ReminderStep {
  kind: ReminderStepKind;
  /** For `days-before`. */
  days?: number;
  /** `due`, `days-before-14`, `on-the-day`, `overdue`: part of the outbox key. */
  name: string;
  /** The day the step is reached. */
  on: LocalDate;
  /** Sorts the steps of a cycle: by day, then due < days-before < on-the-day < overdue. */
  order: string;
}

const RANK: Record<ReminderStepKind, number> = { due: 0, 'days-before': 1, 'on-the-day': 2, overdue: 3 };

/** The steps a trust's settings give one cycle; `due` and `overdue` only once the scan recorded them. */
export function stepsOf(cycle: ReviewCycle, settings: ReminderSettings): ReminderStep[] {
  const steps: ReminderStep[] = [];
  const add = (kind: ReminderStepKind, on: LocalDate, days?: number) =>
    steps.push({
      kind,
      ...(days === undefined ? {} : { days }),
      name: days === undefined ? kind : `${kind}-${days}`,
      on,
      order: `${on}:${RANK[kind]}`,
    });
  if (settings.whenDue && cycle.markedDueOn !== null) add('due', cycle.markedDueOn);
  for (const days of settings.daysBefore) add('days-before', addDays(cycle.dueOn, -days), days);
  if (settings.onTheDay) add('on-the-day', cycle.dueOn);
  if (settings.whenOverdue && cycle.markedOverdueOn !== null) add('overdue', cycle.markedOverdueOn);
  return steps.sort((a, b) => compareDates(a.on, b.on) || RANK[a.kind] - RANK[b.kind]);
}

/**
 * The one reminder a scan on `asOf` sends for a cycle: the latest step reached by then. Steps
 * passed while nobody scanned are not sent late one by one (one email says how things stand),
 * and when several fall on one day only the latest goes out. With a daily scan every step is
 * reached on its own day. The caller also skips a step when a later one already went out
 * (a scan run for an earlier date).
 */
export function stepToSend(cycle: ReviewCycle, settings: ReminderSettings, asOf: LocalDate): ReminderStep | null {
  const reached = stepsOf(cycle, settings).filter((step) => !isAfter(step.on, asOf));
  return reached.length === 0 ? null : reached[reached.length - 1];
}
