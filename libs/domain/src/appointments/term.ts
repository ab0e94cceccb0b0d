import { isAfter, isBefore, LocalDate } from '../time/local-date';
import { Appointment } from './events';

/** The last day the person holds the appointment: the day it was ended early on, or the term's end. */
export function lastDayOf(appointment: Pick<Appointment, 'endsOn' | 'endedOn'>): LocalDate {
  return appointment.endedOn ?? appointment.endsOn;
}

/** Whether the appointment holds on `date`: from startsOn to its last day, both included. */
export function isCurrentOn(appointment: Pick<Appointment, 'startsOn' | 'endsOn' | 'endedOn'>, date: LocalDate): boolean {
  return !isBefore(date, appointment.startsOn) && !isAfter(date, lastDayOf(appointment));
}
