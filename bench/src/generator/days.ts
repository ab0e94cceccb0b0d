/**
 * Calendar days as integers (days since 1970-01-01), so the generator can sort and add
 * without parsing dates; converted to `YYYY-MM-DD` only when a command is written.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The instant of a step: its day at a time between 08:00 and 17:59 UTC, from `minuteOfDay`. */
export function instantOf(day: number, minuteOfDay: number): Date {
  return new Date(day * MS_PER_DAY + (8 * 60 + (minuteOfDay % 600)) * 60_000);
}
