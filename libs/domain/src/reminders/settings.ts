import { InvalidValueError } from '../shared/domain-error';
import { optionalBoolean } from '../input/choice';
import type { ReminderSettings } from '@governance/contracts';

/**
 * When a trust's people are reminded of a review, as the governance products schools use do
 * (the default: when it falls due, 14 days before, on the day, when overdue).
 * - `whenDue`: when the review enters the reminder window (the scan's ReviewDue);
 * - `daysBefore`: that many days before the due date (e.g. [60, 30, 7] for 2 months, 1 month, 1 week);
 * - `onTheDay`: on the due date;
 * - `whenOverdue`: the day after the due date (the scan's ReviewOverdue);
 * - `weeklyDigest`: once a week, each person's reviews due in the next three months and overdue.
 */
export type { ReminderSettings };

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  whenDue: true,
  daysBefore: [14],
  onTheDay: true,
  whenOverdue: true,
  weeklyDigest: false,
};

export const MAX_DAYS_BEFORE = 365;
export const MAX_DAYS_BEFORE_STEPS = 6;

/**
 * Reads settings given in part: fields left out keep their value in `current`. `daysBefore`
 * becomes a list of distinct whole days (1-365), furthest first.
 */
export function parseReminderSettings(input: unknown, current: ReminderSettings): ReminderSettings {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidValueError('settings', 'The reminder settings must be an object.');
  }
  const raw = input as Record<string, unknown>;
  return {
    whenDue: optionalBoolean(raw.whenDue, 'whenDue', current.whenDue),
    daysBefore: raw.daysBefore === undefined ? current.daysBefore : parseDaysBefore(raw.daysBefore),
    onTheDay: optionalBoolean(raw.onTheDay, 'onTheDay', current.onTheDay),
    whenOverdue: optionalBoolean(raw.whenOverdue, 'whenOverdue', current.whenOverdue),
    weeklyDigest: optionalBoolean(raw.weeklyDigest, 'weeklyDigest', current.weeklyDigest),
  };
}

function parseDaysBefore(value: unknown): number[] {
  if (!Array.isArray(value)) {
    throw new InvalidValueError('daysBefore', 'daysBefore must be a list of whole days, e.g. [60, 14].');
  }
  if (value.length > MAX_DAYS_BEFORE_STEPS) {
    throw new InvalidValueError('daysBefore', `daysBefore may hold at most ${MAX_DAYS_BEFORE_STEPS} steps.`);
  }
  value.forEach((days: unknown, index) => {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_DAYS_BEFORE) {
      throw new InvalidValueError(
        `daysBefore[${index}]`,
        `daysBefore[${index}] must be a whole number of days from 1 to ${MAX_DAYS_BEFORE}.`,
      );
    }
  });
  return [...new Set(value as number[])].sort((a, b) => b - a);
}

export function sameReminderSettings(a: ReminderSettings, b: ReminderSettings): boolean {
  return (
    a.whenDue === b.whenDue &&
    a.onTheDay === b.onTheDay &&
    a.whenOverdue === b.whenOverdue &&
    a.weeklyDigest === b.weeklyDigest &&
    a.daysBefore.length === b.daysBefore.length &&
    a.daysBefore.every((days, i) => days === b.daysBefore[i])
  );
}
