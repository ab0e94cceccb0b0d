import { LocalDate, addMonths, daysBetween, isAfter } from '../time/local-date';

export interface OverdueBy {
  /** Whole days after the due date (1 the day after it). */
  days: number;
  /** Whole calendar months after the due date. */
  months: number;
  /** As a clerk would say it: "12 days", "3 months", "1 year and 2 months". */
  text: string;
}

/** How long a review due on `dueOn` is overdue on `asOf` (zero days when it is not). */
export function overdueBy(dueOn: LocalDate, asOf: LocalDate): OverdueBy {
  const days = Math.max(0, daysBetween(dueOn, asOf));
  let months = 0;
  while (!isAfter(addMonths(dueOn, months + 1), asOf)) months += 1;
  return { days, months, text: describe(days, months) };
}

function describe(days: number, months: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (months === 0) return plural(days, 'day');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, 'month');
  return rest === 0
    ? plural(years, 'year')
    : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}
