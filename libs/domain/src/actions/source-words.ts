import { ActionSource } from './events';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "6 October 2026" */
function dayMonthYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Where an action came from, as a clerk would say it: "Link governor visit on 6 October 2026". */
export function actionSourceInWords(source: ActionSource | null): string {
  if (!source) return 'Recorded directly';
  const on = source.on ? ` on ${dayMonthYear(source.on)}` : '';
  switch (source.kind) {
    case 'visit':
      return `Link governor visit${on}`;
    case 'evaluation':
      return `Policy evaluation${on}${source.point ? `: “${source.point}” answered no` : ''}`;
    case 'meeting':
      return `Meeting${on}`;
  }
}
