import { Inject, Injectable, Optional } from '@nestjs/common';
import { defaultUpcaster, TermCalendar, termCalendarOf, termDatesDecider, TermDatesEvent, termDatesStreamId, Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore, Position } from '@governance/event-store';
import { EVENT_UPCASTER } from '../commands/event-upcaster';

/**
 * A trust's term calendar as the log stood at a position: the pack's term dates are part of
 * what it was built on, so the live pack and its rebuild fold the same events.
 */
@Injectable()
export class CalendarAt {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(EVENT_UPCASTER) private readonly upcaster: Upcaster = defaultUpcaster,
  ) {}

  async calendarOf(trustId: string, position: Position): Promise<TermCalendar> {
    const events = await this.store.readStream(termDatesStreamId(trustId));
    const state = events
      .filter((event) => event.position <= position)
      .map((event) => this.upcaster.upcast(event))
      .reduce((folded, event) => termDatesDecider.evolve(folded, { type: event.type, data: event.data } as TermDatesEvent), termDatesDecider.initialState());
    return termCalendarOf(state);
  }
}
