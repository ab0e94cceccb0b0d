import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { defaultUpcaster, TermCalendar, Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore, Position } from '@governance/event-store';
import { AcknowledgementsQuery, ComplianceQuery, PolicyRegisterQuery, positionAtInstant, ReadModelCheckpoints, readModelsAt } from '@governance/projections';
import { EVENT_UPCASTER } from '../commands/event-upcaster';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { CalendarAt } from '../minutes/calendar-at';

/** The read models of one trust as they stood at a position, with its term dates then. */
export interface ReadModelsKnownAt {
  position: Position;
  compliance: ComplianceQuery;
  registers: PolicyRegisterQuery;
  /** Read and acknowledge as it stood (counts only: names are not needed of the past). */
  acknowledgements: AcknowledgementsQuery;
  calendar: TermCalendar;
}

interface Built extends ReadModelsKnownAt {
  db: Database.Database;
}

/** Built states kept, most recently used last: a board's second look at the same moment is fast. */
export const KNOWN_AT_CACHE_SIZE = 3;

/**
 * `knownAt`: what the log said at a position or instant. The newest read-model checkpoint at or
 * before the position is loaded into memory and the trust's events after it folded in
 * (readModelsAt; from the start when there is none), and the same queries run on them; the
 * live read models are not touched, so the live dashboard is not slowed.
 */
@Injectable()
export class KnownAtReadModels implements OnModuleDestroy {
  private readonly built = new Map<string, Promise<Built>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendars: CalendarAt,
    private readonly checkpoints: ReadModelCheckpoints,
    @Optional() @Inject(EVENT_UPCASTER) private readonly upcaster: Upcaster = defaultUpcaster,
  ) {}

  /** The position `knownAt` names (already validated): a position up to the head, or the last one recorded by an instant. */
  async positionOf(knownAt: string): Promise<Position> {
    const head = await this.store.headPosition();
    if (/^\d+$/.test(knownAt)) {
      const position = BigInt(knownAt);
      if (position > head) {
        throw new ProblemException(
          problem(400, `knownAt ${knownAt} is beyond the newest position in the log (${head}): nothing was known there yet.`, {
            type: problemType('validation'),
            errors: [{ field: 'knownAt', message: `must be a position up to ${head}` }],
          }),
        );
      }
      return position;
    }
    return positionAtInstant(this.store, new Date(knownAt), head);
  }

  async at(trustId: string, position: Position): Promise<ReadModelsKnownAt> {
    const key = `${trustId}\u0000${position}`;
    let built = this.built.get(key);
    if (built) {
      this.built.delete(key);
    } else {
      built = this.build(trustId, position);
      built.catch(() => this.built.delete(key));
      while (this.built.size >= KNOWN_AT_CACHE_SIZE) this.evict(this.built.keys().next().value as string);
    }
    this.built.set(key, built);
    return built;
  }

  onModuleDestroy(): void {
    for (const key of [...this.built.keys()]) this.evict(key);
  }

  private async build(trustId: string, position: Position): Promise<Built> {
    const calendar = await this.calendars.calendarOf(trustId, position);
    // The newest checkpoint at or before the position, then only the events after it.
    const from = this.checkpoints.load(position);
    const db = await readModelsAt(this.store, position, { trustId, upcaster: this.upcaster, from });
    return { position, db, calendar, compliance: new ComplianceQuery(db), registers: new PolicyRegisterQuery(db), acknowledgements: new AcknowledgementsQuery(db) };
  }

  private evict(key: string): void {
    const built = this.built.get(key);
    this.built.delete(key);
    // Closed on a later turn: a request that was handed it runs its synchronous query first.
    void built?.then(({ db }) => setImmediate(() => db.close())).catch(() => undefined);
  }
}
