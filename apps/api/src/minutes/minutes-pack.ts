import { Inject, Injectable, Optional } from '@nestjs/common';
import { defaultUpcaster, LocalDate, TermCalendar, TermId, Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore, Position } from '@governance/event-store';
import { AcknowledgementsQuery, MinutesInputs, MinutesInputsQuery, ProjectionRunner, readModelsAt, SchoolsQuery } from '@governance/projections';
import { EVENT_UPCASTER } from '../commands/event-upcaster';
import { Actor } from '../auth/actor';
import { Clock } from '../clock/clock';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { readableSchools } from '@governance/domain';
import { PersonNames } from './person-names';
import { CalendarAt } from './calendar-at';
import { withAcknowledgements } from './pack-acknowledgements';

/** A pack's inputs and the log position the read models stood at when they were read. */
export interface BuiltPack {
  inputs: MinutesInputs;
  position: Position;
}

/** How many times the term dates are read again when the read models move on meanwhile. */
const CALENDAR_RETRIES = 3;

/** Builds the pack for a trust and term, for the trust board or one school, within the reader's scope. */
@Injectable()
export class MinutesPackBuilder {
  constructor(
    private readonly query: MinutesInputsQuery,
    private readonly schools: SchoolsQuery,
    private readonly calendars: CalendarAt,
    private readonly names: PersonNames,
    private readonly clock: Clock,
    private readonly runner: ProjectionRunner,
    private readonly acknowledgements: AcknowledgementsQuery,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(EVENT_UPCASTER) private readonly upcaster: Upcaster = defaultUpcaster,
  ) {}

  /**
   * Unknown schools (or another trust's) are 404; a school-scoped reader asking for another
   * school, or for the trust board's pack across all academies, is 403.
   */
  checkScope(trustId: string, schoolId: string | undefined, actor: Actor): void {
    if (schoolId !== undefined && !this.schools.schoolsOf(trustId).some((s) => s.id === schoolId)) {
      throw new ProblemException(problem(404, `School ${schoolId} was not found.`, { type: problemType('not-found') }));
    }
    const readable = readableSchools(actor);
    if (readable === 'all') return;
    if (schoolId === undefined) {
      throw new ProblemException(
        problem(403, `The trust board's pack covers every academy; ask for your school's with ?schoolId=${[...readable][0] ?? ''}.`, {
          type: problemType('forbidden'),
        }),
      );
    }
    if (!readable.has(schoolId)) {
      throw new ProblemException(problem(403, "You can read your own school's minutes inputs only.", { type: problemType('forbidden') }));
    }
  }

  /** Today's pack from the live read models, with the position they stood at. */
  async build(trustId: string, term: TermId, schoolId: string | undefined): Promise<BuiltPack> {
    let position = this.runner.position();
    let calendar = await this.calendars.calendarOf(trustId, position);
    // The read models may move on while the term dates are read: read them at the new position.
    for (let tries = 0; tries < CALENDAR_RETRIES && this.runner.position() !== position; tries += 1) {
      position = this.runner.position();
      calendar = await this.calendars.calendarOf(trustId, position);
    }
    // From here on synchronous: the runner cannot apply events between this read and the query.
    position = this.runner.position();
    const inputs = this.inputsFrom(this.query, trustId, term, schoolId, this.clock.today(), calendar);
    return { inputs: withAcknowledgements(inputs, this.acknowledgements), position };
  }

  /**
   * The pack as it was built at `position` on `today`: the trust's events up to that position
   * folded into fresh in-memory read models by the same projections, then the same query.
   * `readAndAcknowledge`: the pack was recorded with that section (packs recorded before it
   * existed are rebuilt without it, so they stay the bytes sent); its counts are then folded to
   * the same position (the acknowledgements projection is one of the past read models).
   */
  async buildAt(trustId: string, term: TermId, schoolId: string | undefined, position: Position, today: LocalDate, readAndAcknowledge = false): Promise<MinutesInputs> {
    const calendar = await this.calendars.calendarOf(trustId, position);
    const db = await readModelsAt(this.store, position, { trustId, upcaster: this.upcaster });
    try {
      const inputs = this.inputsFrom(new MinutesInputsQuery(db), trustId, term, schoolId, today, calendar);
      return readAndAcknowledge ? withAcknowledgements(inputs, new AcknowledgementsQuery(db)) : inputs;
    } finally {
      db.close();
    }
  }

  private inputsFrom(
    query: MinutesInputsQuery,
    trustId: string,
    term: TermId,
    schoolId: string | undefined,
    today: LocalDate,
    calendar: TermCalendar,
  ): MinutesInputs {
    const inputs = query.build({ trustId, term, schoolId, today, calendar, nameOf: this.names.forTrust(trustId) });
    // The guard found the trust in the log; the read models have not caught up with it yet.
    if (!inputs) throw new ProblemException(problem(404, `Trust ${trustId} was not found.`, { type: problemType('not-found') }));
    return inputs;
  }
}
