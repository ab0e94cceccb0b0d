import { requireChoice } from '../input/choice';
import { requireRecordDate } from '../input/date';
import { optionalText, requireText } from '../input/text';
import { requirePersonOfTrust } from '../people/person-of-trust';
import { PersonState } from '../people/person-state';
import { assertNever, DecisionContext } from '../shared/decider';
import { DomainError, InvalidValueError, NotFoundError } from '../shared/domain-error';
import { addMonths, isAfter, isBefore } from '../time/local-date';
import { AppointmentEvent, AppointmentsState } from './events';
import { appointmentBodies, appointmentRoles, MAX_TERM_YEARS } from './values';

export interface MakeAppointment {
  type: 'MakeAppointment';
  /** `person` and `activeSchoolIds` (the trust's academies now) are loaded by the handler. */
  data: {
    appointmentId: string;
    trustId: string;
    personId: string;
    person: PersonState;
    body: unknown;
    schoolId?: unknown;
    committee?: unknown;
    role: unknown;
    appointedBy: unknown;
    startsOn: unknown;
    endsOn: unknown;
    activeSchoolIds: readonly string[];
  };
}

export interface EndAppointment {
  type: 'EndAppointment';
  data: { appointmentId: string; personId: string; endedOn: unknown; reason?: unknown };
}

export type AppointmentCommand = MakeAppointment | EndAppointment;

export function decideAppointments(command: AppointmentCommand, state: AppointmentsState, _context: DecisionContext): AppointmentEvent[] {
  switch (command.type) {
    case 'MakeAppointment':
      return [appoint(command.data, state)];
    case 'EndAppointment':
      return [end(command.data, state)];
    default:
      return assertNever(command);
  }
}

function appoint(data: MakeAppointment['data'], state: AppointmentsState): AppointmentEvent {
  if (state.appointments.some((made) => made.appointmentId === data.appointmentId))
    throw new DomainError('appointment-exists', `Appointment ${data.appointmentId} already exists.`, { appointmentId: data.appointmentId });
  const body = requireChoice(data.body, appointmentBodies, 'body');
  const role = requireChoice(data.role, appointmentRoles, 'role');
  const schoolId = optionalText(data.schoolId, 'schoolId', { max: 100 });
  const committee = optionalText(data.committee, 'committee', { max: 200 });
  const appointedBy = requireText(data.appointedBy, 'appointedBy', { max: 200 });
  const startsOn = requireRecordDate(data.startsOn, 'startsOn');
  const endsOn = requireRecordDate(data.endsOn, 'endsOn');
  if (body === 'local-governing-body' && schoolId === null)
    throw new InvalidValueError('schoolId', "A local governing body is one academy's: give its schoolId.");
  if (body !== 'local-governing-body' && schoolId !== null)
    throw new InvalidValueError('schoolId', `schoolId is for an appointment to a local governing body; leave it out for the ${body}.`);
  if (body === 'committee' && committee === null)
    throw new InvalidValueError('committee', "An appointment to a committee needs the committee's name (e.g. Finance and Audit).");
  if (body !== 'committee' && committee !== null)
    throw new InvalidValueError('committee', 'committee is for an appointment to a committee; leave it out otherwise.');
  if (!isAfter(endsOn, startsOn))
    throw new InvalidValueError('endsOn', `endsOn (${endsOn}) must be after startsOn (${startsOn}).`);
  if (isAfter(endsOn, addMonths(startsOn, MAX_TERM_YEARS * 12)))
    throw new InvalidValueError('endsOn', `A term of office is at most ${MAX_TERM_YEARS} years (the usual maximum): from ${startsOn} it ends on ${addMonths(startsOn, MAX_TERM_YEARS * 12)} at the latest. Record a longer service as a renewal: a new appointment starting the day after this one ends.`);
  if (schoolId !== null && !data.activeSchoolIds.includes(schoolId))
    throw new DomainError('unknown-school', `schoolId names ${schoolId}, which is not an academy of this trust.`, { schoolId });
  requirePersonOfTrust(data.person, data.personId, data.trustId);
  return {
    type: 'AppointmentMade',
    data: { appointmentId: data.appointmentId, trustId: data.trustId, personId: data.personId, body, schoolId, committee, role, appointedBy, startsOn, endsOn },
  };
}

function end(data: EndAppointment['data'], state: AppointmentsState): AppointmentEvent {
  const appointment = state.appointments.find((made) => made.appointmentId === data.appointmentId && made.personId === data.personId);
  if (!appointment) throw new NotFoundError('Appointment', data.appointmentId);
  const endedOn = requireRecordDate(data.endedOn, 'endedOn');
  const reason = optionalText(data.reason, 'reason', { max: 2000 });
  if (appointment.endedOn !== null)
    throw new DomainError('appointment-ended', `This appointment already ended on ${appointment.endedOn}; it cannot end twice.`, { appointmentId: appointment.appointmentId, endedOn: appointment.endedOn });
  if (!isBefore(endedOn, appointment.endsOn))
    throw new InvalidValueError('endedOn', `endedOn (${endedOn}) must be before the term's end (${appointment.endsOn}): a term that runs its course needs no early end.`);
  if (isBefore(endedOn, appointment.startsOn))
    throw new InvalidValueError('endedOn', `endedOn (${endedOn}) must not be before the appointment started (${appointment.startsOn}).`);
  return { type: 'AppointmentEnded', data: { appointmentId: appointment.appointmentId, personId: appointment.personId, endedOn, reason } };
}
