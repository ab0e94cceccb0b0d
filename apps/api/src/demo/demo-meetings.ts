import { addDays, addMonths, AttendanceStatus, isAfter, LocalDate } from '@governance/domain';
import { DEMO_SCHOOLS } from './demo-trust';

/*
 * The demo trust's meetings, relative to today like the rest of its history: the trust board
 * about six times a year and each academy's local governing body once a term, from the summer
 * term the board approved its scheme of delegation (19 months ago) to the next ones ahead.
 */

/** Board meetings, in months before today (negative: still to come). The first is the one that approved the scheme. */
const BOARD_MONTHS_AGO = [19, 17, 16, 13, 10, 9, 8, 6, 4, 1, -2, -4] as const;
/** The board meetings that approved policies on the day the demo's history states: they keep that day. */
const BOARD_APPROVAL_MONTHS_AGO: readonly number[] = [19, 17, 16];
/** Local governing body meetings, one a term, in months before today; the autumn one this term is in DAYS (below). */
const LGB_MONTHS_AGO = [17, 12, 8, 5] as const;
const LGB_MONTHS_AHEAD = [4, 7] as const;
/** This term's LGB meetings were held this many days ago (when the recently redrafted policies' new versions were adopted). */
export const DEMO_AUTUMN_LGB_DAYS_AGO = 20;
/** A meeting is set up this many days before its date (today, for one further ahead). */
const SET_UP_DAYS_BEFORE = 28;

/** The school codes in the clerk's minute references (LIB/LGB/26/3). */
const SCHOOL_CODES: Readonly<Record<string, string>> = { libra: 'LIB', oakfield: 'OAK', staidan: 'STA', riverside: 'RIV' };

/** The one local governing body meeting that was not quorate (the demo's exception: "not quorate in its summer meeting"). */
export const DEMO_INQUORATE = { schoolKey: 'oakfield', monthsAgo: 17 } as const;

export interface DemoMeeting {
  key: string;
  body: 'trust-board' | 'local-governing-body';
  schoolKey: string | null;
  date: LocalDate;
  setUpOn: LocalDate;
  title: string;
  held: boolean;
  quorate: boolean;
}

/** "Autumn term meeting" and so on: what clerks call a body's termly meeting. */
function termMeetingTitle(date: LocalDate): string {
  const month = Number(date.slice(5, 7));
  const term = month >= 9 ? 'Autumn' : month >= 5 ? 'Summer' : 'Spring';
  return `${term} term meeting`;
}

/** Every demo meeting, by date (the board's before the LGBs' on one day). */
export function demoMeetings(today: LocalDate): DemoMeeting[] {
  const meeting = (body: DemoMeeting['body'], schoolKey: string | null, date: LocalDate, title: string | null, quorate = true): DemoMeeting => ({
    key: `${schoolKey ?? 'board'}:${date}`,
    body,
    schoolKey,
    date,
    setUpOn: earliest(addDays(date, -SET_UP_DAYS_BEFORE), today),
    title: title ?? termMeetingTitle(date),
    held: !isAfter(date, today),
    quorate,
  });
  const board = BOARD_MONTHS_AGO.map((months) => {
    const date = addMonths(today, -months);
    const on = BOARD_APPROVAL_MONTHS_AGO.includes(months) ? date : onAWeekday(date);
    return meeting('trust-board', null, on, termMeetingTitle(on));
  });
  const lgbs = DEMO_SCHOOLS.flatMap((school) => [
    ...LGB_MONTHS_AGO.map((months) =>
      meeting('local-governing-body', school.key, onAWeekday(addMonths(today, -months)), null, !(school.key === DEMO_INQUORATE.schoolKey && months === DEMO_INQUORATE.monthsAgo)),
    ),
    meeting('local-governing-body', school.key, addDays(today, -DEMO_AUTUMN_LGB_DAYS_AGO), null),
    ...LGB_MONTHS_AHEAD.map((months) => meeting('local-governing-body', school.key, onAWeekday(addMonths(today, months)), null)),
  ]);
  return [...board, ...lgbs].sort((a, b) => (a.date === b.date ? (a.body === 'trust-board' ? -1 : 1) : a.date < b.date ? -1 : 1));
}

/**
 * Minute references in the clerk's style: TB/25/14 for the board, LIB/LGB/26/3 for Libra's
 * LGB, numbered through each calendar year in the order decisions are planned.
 */
export class DemoMinuteNumbers {
  private readonly next = new Map<string, number>();

  take(meeting: DemoMeeting): string {
    const prefix = `${meeting.schoolKey ? `${SCHOOL_CODES[meeting.schoolKey] ?? meeting.schoolKey.toUpperCase()}/LGB` : 'TB'}/${meeting.date.slice(2, 4)}`;
    const n = (this.next.get(prefix) ?? 0) + 1;
    this.next.set(prefix, n);
    return `${prefix}/${n}`;
  }
}

/**
 * Who came, in the four statuses clerks use: most members present, an apology or two, now and
 * then an apology the body did not accept or an absence. The inquorate meeting had two present.
 */
export function demoAttendance(memberNames: readonly string[], meeting: DemoMeeting, meetingIndex: number): { name: string; status: AttendanceStatus }[] {
  return memberNames.map((name, m) => {
    if (!meeting.quorate) return { name, status: m < 2 ? 'present' : m % 2 === 0 ? 'apologies-accepted' : 'absent' };
    const slot = (meetingIndex * 5 + m * 3) % 17;
    const status: AttendanceStatus = slot === 0 ? 'apologies-not-accepted' : slot === 7 ? 'absent' : slot % 5 === 1 ? 'apologies-accepted' : 'present';
    return { name, status };
  });
}

/** Governors meet on weekdays: a Saturday or Sunday moves back to the Thursday or Friday before (never after today). */
export function onAWeekday(date: LocalDate): LocalDate {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 6 || day === 0 ? addDays(date, -2) : date;
}

function earliest(a: LocalDate, b: LocalDate): LocalDate {
  return isAfter(a, b) ? b : a;
}
