import { DomainEvent } from '../shared/decider';
import { LocalDate } from '../time/local-date';
import { AppointmentBody, AppointmentRole } from './values';

/**
 * The trust's appointments stream (`appointments-{trustId}`). Events carry ids only: the person's
 * name lives in the directory, so erasure leaves the record without a name.
 */
export type AppointmentMade = DomainEvent<
  'AppointmentMade',
  {
    appointmentId: string;
    trustId: string;
    personId: string;
    body: AppointmentBody;
    schoolId: string | null;
    committee: string | null;
    role: AppointmentRole;
    appointedBy: string;
    startsOn: LocalDate;
    endsOn: LocalDate;
  }
>;

/** The appointment ended before its term ran out (resigned, removed, left the school). */
export type AppointmentEnded = DomainEvent<'AppointmentEnded', { appointmentId: string; personId: string; endedOn: LocalDate; reason: string | null }>;

export type AppointmentEvent = AppointmentMade | AppointmentEnded;

export const APPOINTMENT_EVENT_TYPES: readonly AppointmentEvent['type'][] = ['AppointmentMade', 'AppointmentEnded'];

export interface Appointment {
  appointmentId: string;
  personId: string;
  body: AppointmentBody;
  schoolId: string | null;
  committee: string | null;
  role: AppointmentRole;
  appointedBy: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
  endedOn: LocalDate | null;
  endReason: string | null;
}

/** Every appointment of the trust, in the order made. */
export interface AppointmentsState {
  appointments: Appointment[];
}

export function initialAppointmentsState(): AppointmentsState {
  return { appointments: [] };
}

export function evolveAppointments(state: AppointmentsState, event: AppointmentEvent): AppointmentsState {
  switch (event.type) {
    case 'AppointmentMade': {
      const { trustId: _trustId, ...made } = event.data;
      return { appointments: [...state.appointments, { ...made, endedOn: null, endReason: null }] };
    }
    case 'AppointmentEnded':
      return {
        appointments: state.appointments.map((appointment) =>
          appointment.appointmentId === event.data.appointmentId ? { ...appointment, endedOn: event.data.endedOn, endReason: event.data.reason } : appointment,
        ),
      };
    default:
      return state;
  }
}
