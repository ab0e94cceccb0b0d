import { PartialDate } from './types';

export type DateKind = 'date' | 'month' | 'term';

export interface FoundDate {
  value: PartialDate;
  kind: DateKind;
  /** Where the date was written in the searched text. */
  index: number;
  raw: string;
  /** Explains a reading that was a guess (e.g. a US month/day order). */
  note?: string;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** First month of each term (DESIGN.md, "Time"), to compare terms with dates. */
const TERM_START_MONTH = { spring: 1, summer: 4, autumn: 9 } as const;
type TermName = keyof typeof TERM_START_MONTH;

type Reader = (m: RegExpExecArray) => Omit<FoundDate, 'index' | 'raw'> | null;

/** Every way English school documents write a date, most specific first. */
const PATTERNS: Array<{ pattern: RegExp; read: Reader }> = [
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => day(+m[1], +m[2], +m[3]) },
  {
    // 03.03.17, 14/11/2024, 1-9-2023: UK day-first, the same separator twice.
    pattern: /\b(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d])/g,
    read: (m) => {
      const [a, b, year] = [+m[1], +m[3], fullYear(m[4])];
      if (a <= 12 && b > 12 && b <= 31) {
        const found = day(year, a, b);
        return (
          found && {
            ...found,
            note: `"${m[0]}" read as month/day/year, because ${b} cannot be a month`,
          }
        );
      }
      return day(year, b, a);
    },
  },
  {
    // 27 May 2021, 1st of September 2023, 27-May-21
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]*${MONTH}[\\s,-]*('?\\d{4}|'?\\d{2})\\b`,
      'gi',
    ),
    read: (m) => day(fullYear(m[3]), monthNumber(m[2]), +m[1]),
  },
  {
    // May 27, 2021
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => day(+m[3], monthNumber(m[1]), +m[2]),
  },
  {
    // Summer 2022, Spring Term 2025, Autumn 1 2026, Summer term 2023/24
    pattern:
      /\b(autumn|aut|spring|summer)(?:\s+term)?(?:\s*([12])(?:st|nd)?(?:\s+half(?:[- ]?term)?)?)?(?:\s+term)?[\s,]+(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?(?![\d])/gi,
    read: (m) => {
      const name: TermName = m[1].toLowerCase().startsWith('aut')
        ? 'autumn'
        : (m[1].toLowerCase() as TermName);
      let year = +m[3];
      if (m[4] !== undefined && fullYear(m[4]) === year + 1 && name !== 'autumn') year += 1;
      return validYear(year) ? { value: `${year}-${name}`, kind: 'term' } : null;
    },
  },
  {
    // November 2018, Sept. 2024, September, 2024
    pattern: new RegExp(`\\b${MONTH}[\\s,]+(\\d{4})(?![\\d])`, 'gi'),
    read: (m) => month(+m[2], monthNumber(m[1])),
  },
  {
    // Nov-18, Nov '18
    pattern: new RegExp(`\\b${MONTH}\\s*[-'’]\\s*(\\d{2})(?![\\d])`, 'gi'),
    read: (m) => month(fullYear(m[2]), monthNumber(m[1])),
  },
  // 09/2024, but not the end of a date that failed (31.02.2024).
  { pattern: /(?<![\d./-])\b(\d{1,2}) ?[./] ?(\d{4})(?![\d])/g, read: (m) => month(+m[2], +m[1]) },
];

/** All dates in `text`, in order; where two readings overlap the longer one wins. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { pattern, read } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const reading = read(m);
      if (reading) found.push({ ...reading, index: m.index, raw: m[0].trim() });
    }
  }
  found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (last && date.index < last.index + last.raw.length) continue;
    kept.push(date);
  }
  return kept;
}

export function firstDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

/** Months since year 0 of the first month a partial date covers; null if it is not one. */
export function monthIndexOf(value: PartialDate): number | null {
  const date = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value);
  if (date) return +date[1] * 12 + (+date[2] - 1);
  const term = /^(\d{4})-(autumn|spring|summer)$/.exec(value);
  if (term) return +term[1] * 12 + (TERM_START_MONTH[term[2] as TermName] - 1);
  return null;
}

/** Whole months from `from` to `to` (negative when `to` is earlier); days are ignored. */
export function monthsBetween(from: PartialDate, to: PartialDate): number | null {
  const a = monthIndexOf(from);
  const b = monthIndexOf(to);
  return a === null || b === null ? null : b - a;
}

/** Orders partial dates by the first day they cover: negative when `a` starts before `b`. */
export function compareStart(a: PartialDate, b: PartialDate): number {
  const [ma, mb] = [monthIndexOf(a), monthIndexOf(b)];
  if (ma === null || mb === null || ma !== mb) return (ma ?? 0) - (mb ?? 0);
  const dayOf = (value: PartialDate) => /^\d{4}-\d{2}-(\d{2})$/.exec(value)?.[1] ?? '00';
  return dayOf(a).localeCompare(dayOf(b));
}

function monthNumber(token: string): number {
  return MONTH_NUMBERS[token.toLowerCase().slice(0, 3)] ?? 0;
}

function fullYear(token: string): number {
  const digits = token.replace(/\D/g, '');
  if (digits.length === 4) return +digits;
  const short = +digits;
  return short < 70 ? 2000 + short : 1900 + short;
}

function validYear(year: number): boolean {
  return year >= 1950 && year <= 2150;
}

function day(
  year: number,
  monthNo: number,
  dayNo: number,
): Omit<FoundDate, 'index' | 'raw'> | null {
  if (!validYear(year) || monthNo < 1 || monthNo > 12 || dayNo < 1) return null;
  if (dayNo > new Date(Date.UTC(year, monthNo, 0)).getUTCDate()) return null;
  return { value: `${year}-${pad(monthNo)}-${pad(dayNo)}`, kind: 'date' };
}

function month(year: number, monthNo: number): Omit<FoundDate, 'index' | 'raw'> | null {
  if (!validYear(year) || monthNo < 1 || monthNo > 12) return null;
  return { value: `${year}-${pad(monthNo)}`, kind: 'month' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
