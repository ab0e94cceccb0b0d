import { Inject, Injectable } from '@nestjs/common';
import { SourceEntry } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { AuditTrailQuery, LocatedEntry, ProjectionRunner } from '@governance/projections';
import { StreamStates } from '../commands/stream-states';
import { MIN_POSITION_WAIT_MS } from '../projections/min-position.interceptor';
import { isPlausibleId } from '../trusts/plausible-id';

/**
 * An entry of the trust's log by its event id (a visit, an evaluation), read from the log itself:
 * the audit trail knows which stream holds it. Another trust's entry is not found, nor one
 * withdrawn (it no longer counts, so nothing can follow from it).
 */
@Injectable()
export class LoggedEntries {
  constructor(
    private readonly audit: AuditTrailQuery,
    private readonly runner: ProjectionRunner,
    private readonly streams: StreamStates,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async find(trustId: string, eventId: string): Promise<SourceEntry | null> {
    if (!isPlausibleId(eventId)) return null;
    const located = await this.locate(trustId, eventId);
    if (!located) return null;
    const history = await this.streams.history(located.streamId);
    const recorded = history.find((event) => event.id === eventId);
    const withdrawn = history.some((event) => event.type === 'EntryWithdrawn' && event.data.eventId === eventId);
    return recorded && !withdrawn ? { type: recorded.type, schoolId: located.schoolId, data: recorded.data } : null;
  }

  /** An entry appended a moment ago may not be in the trail yet: wait for the log's head once. */
  private async locate(trustId: string, eventId: string): Promise<LocatedEntry | undefined> {
    const found = this.audit.locate(trustId, eventId);
    if (found) return found;
    await this.runner.waitForPosition(await this.store.headPosition(), MIN_POSITION_WAIT_MS);
    return this.audit.locate(trustId, eventId);
  }
}
