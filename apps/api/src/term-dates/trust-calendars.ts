import { Injectable } from '@nestjs/common';
import {
  TermCalendar,
  termCalendarOf,
  termDatesDecider,
  TermDatesState,
  termDatesStreamId,
} from '@governance/domain';
import { StreamStates } from '../commands/stream-states';

/**
 * A trust's term calendar: DESIGN.md's defaults with the trust's own term dates, folded from
 * `termdates-{trustId}` (a few events per year, so no read model is needed). Each call reads
 * what was appended since the last; an unchanged state gives the same calendar object.
 * The review scan, the reminders and the calendar feed use it; the register and compliance
 * queries accept it as their `calendar` argument.
 */
@Injectable()
export class TrustCalendars {
  private readonly calendars = new WeakMap<TermDatesState, TermCalendar>();

  constructor(private readonly states: StreamStates) {}

  async stateOf(trustId: string): Promise<TermDatesState> {
    return this.states.stateOf(termDatesDecider, termDatesStreamId(trustId));
  }

  async calendarOf(trustId: string): Promise<TermCalendar> {
    const state = await this.stateOf(trustId);
    let calendar = this.calendars.get(state);
    if (!calendar) {
      calendar = termCalendarOf(state);
      this.calendars.set(state, calendar);
    }
    return calendar;
  }
}
