import { Inject, Injectable } from '@nestjs/common';
import { fold, TermCalendar, termCalendarOf, termDatesDecider, TermDatesEvent, termDatesStreamId } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { toDomainEvent } from '../commands/command-executor';

/** A trust's term calendar: DESIGN.md's defaults with the trust's own dates (`termdates-{trustId}`). */
@Injectable()
export class TrustCalendarReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async calendarOf(trustId: string): Promise<TermCalendar> {
    const history = await this.store.readStream(termDatesStreamId(trustId));
    return termCalendarOf(fold(termDatesDecider, history.map(toDomainEvent) as TermDatesEvent[]));
  }
}
