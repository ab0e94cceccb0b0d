import { Appointment } from '../appointments/events';
import { isCurrentOn, lastDayOf, onRegisterAsOf } from '../appointments/term';
import { AppointmentBody } from '../appointments/values';
import { compareDates, LocalDate } from '../time/local-date';

/** One body of the register: the members, the board, an academy's LGB, or a committee by name. */
export interface RegisterBodyKey {
  body: AppointmentBody;
  schoolId: string | null;
  committee: string | null;
}

/** An appointment the register lists, and whether its holder has left the body. */
export interface RegisterAppointment {
  appointment: Appointment;
  /** The last day held, when the person no longer sits on the body on the register's date. */
  leftOn: LocalDate | null;
}

export interface RegisterBodyAppointments {
  key: RegisterBodyKey;
  appointments: RegisterAppointment[];
}

/** The same body whatever the committee's case or spacing (as meeting membership matches it). */
export function registerBodyId(key: RegisterBodyKey): string {
  if (key.body === 'local-governing-body') return `lgb:${key.schoolId ?? ''}`;
  if (key.body === 'committee') return `committee:${(key.committee ?? '').trim().replace(/\s+/g, ' ').toLowerCase()}`;
  return key.body;
}

const BODY_ORDER: Record<AppointmentBody, number> = { members: 0, 'trust-board': 1, 'local-governing-body': 2, committee: 3 };

/**
 * What the published register lists as of a day, per body: everyone who holds an appointment
 * then, and everyone whose appointment ended within the 12 months before (`onRegisterAsOf`),
 * once per body, those sitting on it first. Someone who still sits on the body shows their current appointment(s) only
 * (an earlier term that was renewed is not a departure); someone who left shows their last
 * appointment, with the day they left. `excluded` people (erased) do not appear at all.
 */
export function registerAppointments(appointments: readonly Appointment[], asOf: LocalDate, excluded: (personId: string) => boolean): RegisterBodyAppointments[] {
  const bodies = new Map<string, { key: RegisterBodyKey; byPerson: Map<string, Appointment[]> }>();
  for (const appointment of appointments) {
    if (excluded(appointment.personId) || !onRegisterAsOf(appointment, asOf)) continue;
    const key = { body: appointment.body, schoolId: appointment.schoolId, committee: appointment.committee };
    const id = registerBodyId(key);
    const body = bodies.get(id) ?? { key, byPerson: new Map<string, Appointment[]>() };
    bodies.set(id, body);
    body.byPerson.set(appointment.personId, [...(body.byPerson.get(appointment.personId) ?? []), appointment]);
  }
  return [...bodies.values()]
    .sort((a, b) => BODY_ORDER[a.key.body] - BODY_ORDER[b.key.body] || (a.key.schoolId ?? '').localeCompare(b.key.schoolId ?? '') || (a.key.committee ?? '').localeCompare(b.key.committee ?? ''))
    .map(({ key, byPerson }) => ({
      key,
      appointments: [...byPerson.values()].flatMap((theirs) => listed(theirs, asOf)).sort(currentFirstThenByStart),
    }));
}

/** Those who sit on the body first, by the start of their term; then those who left, by the day they left. */
function currentFirstThenByStart(a: RegisterAppointment, b: RegisterAppointment): number {
  if ((a.leftOn === null) !== (b.leftOn === null)) return a.leftOn === null ? -1 : 1;
  return a.leftOn !== null && b.leftOn !== null ? compareDates(a.leftOn, b.leftOn) : compareDates(a.appointment.startsOn, b.appointment.startsOn);
}

function listed(theirs: readonly Appointment[], asOf: LocalDate): RegisterAppointment[] {
  const current = theirs.filter((appointment) => isCurrentOn(appointment, asOf));
  if (current.length > 0) return current.map((appointment) => ({ appointment, leftOn: null }));
  const last = [...theirs].sort((a, b) => compareDates(lastDayOf(b), lastDayOf(a)))[0];
  return [{ appointment: last, leftOn: lastDayOf(last) }];
}
