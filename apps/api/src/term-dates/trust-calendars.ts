import { Inject, Injectable } from '@nestjs/common';
import { TermCalendar, termCalendarOf, termDatesDecider, TermDatesState, termDatesStreamId } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { foldStream } from '../commands/fold-stream';

/**
 * A trust's term calendar: DESIGN.md's defaults with the trust's own term dates, folded from
 * `termdates-{trustId}` on each call (a few events per year, so no read model is needed).
 * The review scan, the reminders and the calendar feed use it; the register and compliance
 * queries accept it as their `calendar` argument.
 */
@Injectable()
export class TrustCalendars {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async stateOf(trustId: string): Promise<TermDatesState> {
    return foldStream(this.store, termDatesDecider, termDatesStreamId(trustId));
  }

  async calendarOf(trustId: string): Promise<TermCalendar> {
    return termCalendarOf(await this.stateOf(trustId));
  }
}
