import { addDays, addMonths, AppointmentRole, isCurrentOn, LocalDate } from '@governance/domain';
import { onAWeekday } from './demo-meetings';
import { DEMO_SCHOOLS, demoTrustees } from './demo-trust';

/*
 * The demo trust's terms of office, relative to today like the rest of its history: every
 * trustee and every LGB governor (the headteacher ex officio) appointed for four years, most
 * from before the demo's first meeting; one term ending next month or so, two renewed, and one
 * parent governor who resigned in the spring, replaced by an elected newcomer.
 */

const TERM_MONTHS = 48;

export interface DemoAppointment {
  name: string;
  body: 'trust-board' | 'local-governing-body';
  schoolKey: string | null;
  role: AppointmentRole;
  appointedBy: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
  /** The day the clerk records it; null: entered when the trust was set up. */
  recordedOn: LocalDate | null;
  /** The seat at the table: the order of attendance lines (a newcomer takes the leaver's). */
  seat: number;
  ended?: { on: LocalDate; reason: string };
}

/** The parent governor who resigned, and the parent elected in her place. */
export const DEMO_LEAVER = { name: 'Nia Roberts', schoolKey: 'riverside', reason: 'Resigned: moved out of the area.' } as const;
export const DEMO_NEWCOMER = { name: 'Joseph Mwangi', schoolKey: 'riverside' } as const;
/** The one term of office ending soon (within next term). */
export const DEMO_TERM_ENDING = 'Carol Benson';

const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 7)}-01`;
const fourYearsFrom = (startsOn: LocalDate): LocalDate => addDays(addMonths(startsOn, TERM_MONTHS), -1);
/** 1 September of the academic year today falls in. */
const academicYearStart = (today: LocalDate): LocalDate => `${Number(today.slice(5, 7)) >= 9 ? today.slice(0, 4) : Number(today.slice(0, 4)) - 1}-09-01`;
/** The first of the month `months` ago: 20 to 37 months back, so before the first meeting and ending well after next term. */
const monthsAgo = (today: LocalDate, months: number): LocalDate => firstOfMonth(addMonths(today, -months));

interface Seat {
  name: string;
  role: AppointmentRole;
  appointedBy: string;
}

function boardSeats(): Seat[] {
  const roles: Record<string, Pick<Seat, 'role' | 'appointedBy'>> = {
    'Sir Peter Lang': { role: 'chair', appointedBy: 'Members' },
    'Dr Ruth Adeleke': { role: 'vice-chair', appointedBy: 'Members' },
    'James Whitmore': { role: 'trustee', appointedBy: 'Trust board' },
  };
  return demoTrustees().map((name) => ({ name, ...(roles[name] ?? { role: 'trustee', appointedBy: 'Members' }) }));
}

function lgbSeats(schoolKey: string): Seat[] {
  const school = DEMO_SCHOOLS.find((s) => s.key === schoolKey)!;
  const church = schoolKey === 'staidan';
  const foundation: Pick<Seat, 'role' | 'appointedBy'> = { role: 'foundation', appointedBy: 'Diocese' };
  const [safeguardingLink, sendLink] = school.governors;
  const [chair, parent, staff, coOpted] = school.otherGovernors;
  return [
    { name: safeguardingLink, ...(church ? foundation : { role: 'parent-governor', appointedBy: 'Parents (election)' }) },
    { name: sendLink, ...(church ? foundation : { role: 'co-opted', appointedBy: 'Local governing body' }) },
    { name: chair, role: 'chair', appointedBy: church ? 'Diocese' : 'Trust board' },
    { name: parent, role: 'parent-governor', appointedBy: 'Parents (election)' },
    { name: staff, role: 'staff-governor', appointedBy: 'Staff (election)' },
    { name: coOpted, ...(church ? foundation : { role: 'co-opted', appointedBy: 'Local governing body' }) },
    { name: school.headteacher, role: 'headteacher', appointedBy: 'Ex officio' },
  ];
}

/** People renewed for a second term last September (their first term entered at set-up). */
const RENEWED = ['Sir Peter Lang', 'Eleanor Marsh'];

/** Every appointment of the demo, in the order the plan makes them. */
export function demoAppointments(today: LocalDate): DemoAppointment[] {
  const september = academicYearStart(today);
  const bodies = [
    { body: 'trust-board' as const, schoolKey: null, index: 0, seats: boardSeats() },
    ...DEMO_SCHOOLS.map((school, i) => ({ body: 'local-governing-body' as const, schoolKey: school.key, index: i + 1, seats: lgbSeats(school.key) })),
  ];
  const planned: DemoAppointment[] = [];
  for (const { body, schoolKey, index, seats } of bodies) {
    for (const [seat, { name, role, appointedBy }] of seats.entries()) {
      const base = { name, body, schoolKey, role, appointedBy, seat };
      if (name === DEMO_TERM_ENDING) {
        const endsOn = addDays(firstOfMonth(addMonths(today, 3)), -1);
        planned.push({ ...base, startsOn: addDays(addMonths(endsOn, -TERM_MONTHS), 1), endsOn, recordedOn: null });
        continue;
      }
      if (RENEWED.includes(name)) {
        const renewedFrom = addMonths(september, -12);
        const firstFrom = addMonths(renewedFrom, -TERM_MONTHS);
        planned.push({ ...base, startsOn: firstFrom, endsOn: addDays(renewedFrom, -1), recordedOn: null });
        planned.push({ ...base, startsOn: renewedFrom, endsOn: fourYearsFrom(renewedFrom), recordedOn: addDays(renewedFrom, -56) });
        continue;
      }
      const startsOn = seat % 3 === 0 ? addMonths(september, -24) : monthsAgo(today, 20 + ((index * 7 + seat * 5) % 18));
      const ended = name === DEMO_LEAVER.name ? { on: onAWeekday(addMonths(today, -7)), reason: DEMO_LEAVER.reason } : undefined;
      planned.push({ ...base, startsOn, endsOn: fourYearsFrom(startsOn), recordedOn: null, ...(ended ? { ended } : {}) });
      if (ended) {
        const electedOn = onAWeekday(addMonths(today, -6));
        planned.push({ ...base, name: DEMO_NEWCOMER.name, startsOn: electedOn, endsOn: fourYearsFrom(electedOn), recordedOn: electedOn });
      }
    }
  }
  return planned;
}

/** The members of a body on a date, by name, in seat order: those appointed to it then. */
export function demoMembersOn(appointments: readonly DemoAppointment[], body: DemoAppointment['body'], schoolKey: string | null, date: LocalDate): string[] {
  return appointments
    .filter((a) => a.body === body && a.schoolKey === schoolKey && isCurrentOn({ startsOn: a.startsOn, endsOn: a.endsOn, endedOn: a.ended?.on ?? null }, date))
    .sort((a, b) => a.seat - b.seat)
    .map((a) => a.name);
}
