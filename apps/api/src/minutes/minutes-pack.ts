import { Injectable } from '@nestjs/common';
import { TermId } from '@governance/domain';
import { MinutesInputs, MinutesInputsQuery, SchoolsQuery } from '@governance/projections';
import { Actor } from '../auth/actor';
import { Clock } from '../clock/clock';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { readableSchools } from '@governance/domain';
import { PersonNames } from './person-names';
import { TrustCalendars } from '../term-dates/trust-calendars';

/** Builds the pack for a trust and term, for the trust board or one school, within the reader's scope. */
@Injectable()
export class MinutesPackBuilder {
  constructor(
    private readonly query: MinutesInputsQuery,
    private readonly schools: SchoolsQuery,
    private readonly calendars: TrustCalendars,
    private readonly names: PersonNames,
    private readonly clock: Clock,
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

  async build(trustId: string, term: TermId, schoolId: string | undefined): Promise<MinutesInputs> {
    const inputs = this.query.build({
      trustId,
      term,
      schoolId,
      today: this.clock.today(),
      calendar: await this.calendars.calendarOf(trustId),
      nameOf: this.names.forTrust(trustId),
    });
    // The guard found the trust in the log; the read models have not caught up with it yet.
    if (!inputs) throw new ProblemException(problem(404, `Trust ${trustId} was not found.`, { type: problemType('not-found') }));
    return inputs;
  }
}
