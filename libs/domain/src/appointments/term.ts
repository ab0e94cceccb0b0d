import { addMonths, isAfter, isBefore, LocalDate } from '../time/local-date';
import { Appointment } from './events';

/** The last day the person holds the appointment: the day it was ended early on, or the term's end. */
export function lastDayOf(appointment: Pick<Appointment, 'endsOn' | 'endedOn'>): LocalDate {
  return appointment.endedOn ?? appointment.endsOn;
}

/** Whether the appointment holds on `date`: from startsOn to its last day, both included. */
export function isCurrentOn(appointment: Pick<Appointment, 'startsOn' | 'endsOn' | 'endedOn'>, date: LocalDate): boolean {
  return !isBefore(date, appointment.startsOn) && !isAfter(date, lastDayOf(appointment));
}

/** Whether the appointment holds on `date`, has not started yet, or is over. */
export function statusOn(appointment: Pick<Appointment, 'startsOn' | 'endsOn' | 'endedOn'>, date: LocalDate): 'current' | 'future' | 'ended' {
  if (isBefore(date, appointment.startsOn)) return 'future';
  return isAfter(date, lastDayOf(appointment)) ? 'ended' : 'current';
}

/** How long a former holder stays on the published register after their appointment ends. */
export const REGISTER_MONTHS_AFTER_END = 12;

/**
 * Whether the governance register as of `date` lists the appointment: it holds then, or it ended
 * within the last 12 months (the DfE guide: past members of the last 12 months are published).
 */
export function onRegisterAsOf(appointment: Pick<Appointment, 'startsOn' | 'endsOn' | 'endedOn'>, date: LocalDate): boolean {
  if (isBefore(date, appointment.startsOn)) return false;
  return !isBefore(lastDayOf(appointment), addMonths(date, -REGISTER_MONTHS_AFTER_END));
}
