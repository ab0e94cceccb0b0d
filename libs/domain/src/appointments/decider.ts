import { Decider } from '../shared/decider';
import { AppointmentCommand, decideAppointments } from './decide';
import { AppointmentEvent, AppointmentsState, evolveAppointments, initialAppointmentsState } from './events';

/** A trust's appointments and terms of office. Stream `appointments-{trustId}` (streamIds.appointments). */
export const appointmentsDecider: Decider<AppointmentCommand, AppointmentEvent, AppointmentsState> = {
  decide: decideAppointments,
  evolve: evolveAppointments,
  initialState: initialAppointmentsState,
};
