import { Inject, Injectable, Optional } from '@nestjs/common';
import { defaultUpcaster, MinutesInputsGeneratedData, Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore, Position } from '@governance/event-store';
import { auditKey, auditText } from '@governance/projections';
import type Database from 'better-sqlite3';
import { EVENT_UPCASTER } from '../commands/event-upcaster';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** A generated pack as its MinutesInputsGenerated event recorded it. */
export interface RecordedPack extends MinutesInputsGeneratedData {
  eventId: string;
  /** Where the event itself sits in the log. */
  position: Position;
}

/** Finds a trust's MinutesInputsGenerated events: the audit trail says where, the log what. */
@Injectable()
export class RecordedPacks {
  private locate?: Database.Statement;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(EVENT_UPCASTER) private readonly upcaster: Upcaster = defaultUpcaster,
  ) {}

  /** The pack an event recorded; another trust's event, or no such event, is 404. */
  async find(trustId: string, eventId: string): Promise<RecordedPack> {
    const notFound = () => new ProblemException(problem(404, `No pack generated with event ${eventId} was found in this trust.`, { type: problemType('not-found') }));
    // Prepared on first use: the projection runner creates the audit tables when it starts.
    this.locate ??= this.db.prepare(
      `SELECT ${auditText('stream')} AS streamId, revision FROM audit_events
       WHERE event_id = ? AND trust = ${auditKey('?')} AND type = ${auditKey("'MinutesInputsGenerated'")}`,
    );
    const where = this.locate.get(eventId, trustId) as { streamId: string; revision: number } | undefined;
    if (!where) throw notFound();
    const [stored] = await this.store.readStream(where.streamId, { fromRevision: where.revision, maxCount: 1 });
    if (!stored || stored.id !== eventId) throw notFound();
    const event = this.upcaster.upcast(stored);
    return { ...(event.data as unknown as MinutesInputsGeneratedData), eventId, position: stored.position };
  }
}
