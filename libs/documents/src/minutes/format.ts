import { approverInWords, type Approver, type LocalDate } from '@governance/domain';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "10 March 2027", as minutes write dates; anything that is not a date is shown as given. */
export function longDate(date: LocalDate | null): string {
  if (date === null) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** A due date as the review gave it: a date, "Summer 2027" for a term, "March 2027" for a month. */
export function dueAsGiven(value: string | null): string {
  if (value === null) return '—';
  const term = /^(\d{4})-(autumn|spring|summer)$/.exec(value);
  if (term) return `${term[2][0].toUpperCase()}${term[2].slice(1)} ${term[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return longDate(value);
}

export function approverLabel(approver: Approver | null): string {
  return approver === null ? '—' : approverInWords(approver);
}

/** A status or EIA value for people: "due-soon" → "due soon". */
export function words(value: string): string {
  return value.replace(/-/g, ' ');
}

export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}

/** A plain name for files: lower case ASCII words joined by hyphens. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60).replace(/-+$/, '') || 'unnamed';
}
