import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ComplianceQuery, PolicyRegisterQuery } from '@governance/projections';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Clock } from '../clock/clock';
import { readableSchools } from '@governance/domain';
import { KnownAtQuery } from './dto/known-at.query';
import { KnownAtReadModels } from './known-at';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { jsonOnce } from '../http/json-once';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { RegisterRowSchema, TrustComplianceSchema } from './compliance-answers.schema';
import { ComplianceAcknowledgements } from './compliance-acknowledgements';

@ApiTags('compliance')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceQuery,
    private readonly registers: PolicyRegisterQuery,
    private readonly clock: Clock,
    private readonly calendars: TrustCalendars,
    private readonly knownAt: KnownAtReadModels,
    private readonly acknowledgements: ComplianceAcknowledgements,
  ) {}

  @Get('compliance')
  @ApiOperation({ summary: 'Read compliance per school', description: 'For each school, how many policies are adopted, reviewed on time, due or overdue. Send `asOf` (YYYY-MM-DD) to see it as it stood on that day; the default is today. Send `knownAt` (a log position or an ISO instant) for the answer from the log as it stood then: what the board could have seen. `acknowledgements` (read and acknowledge: expected, acknowledged, outstanding) counts the log as it stands, now or at `knownAt`; it is null when `asOf` is given (those counts are not kept by day). Anyone with a role in this trust may call it, and the operator. People with a role at one school see that school only.' })
  @ApiProblems(400)
  @Access('trustCompliance')
  @ApiOkResponse({ description: 'Compliance per school as of a day; school-scoped readers see their own school only.', type: TrustComplianceSchema })
  async trustCompliance(
    @Param('trustId') trustId: string,
    @Query() query: KnownAtQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    const asOf = query.asOf ?? this.clock.today();
    // knownAt: the same query on the read models as the log stood then, with the term dates then.
    const then = query.knownAt === undefined ? undefined : await this.knownAt.at(trustId, await this.knownAt.positionOf(query.knownAt));
    // Statuses follow the trust's own term dates (PUT /term-dates), as the scan and the feed do.
    const computed = then ? then.compliance.forTrust(trustId, asOf, then.calendar) : this.compliance.forTrust(trustId, asOf, await this.calendars.calendarOf(trustId));
    // Read and acknowledge counts the log as it stands (now, or at knownAt); they are not kept by day: null for a named asOf.
    const result = query.asOf === undefined ? this.acknowledgements.withCounts(trustId, computed, then?.acknowledgements) : computed;
    const schools = readableSchools(actor);
    return jsonOnce(response, schools === 'all' ? result : { ...result, schools: result.schools.filter((row) => schools.has(row.schoolId)) });
  }

  @Get('schools/:schoolId/policies')
  @ApiOperation({ summary: "Read a school's policy register", description: 'Every policy that applies to the school, with its adopted version, last review and next due date. Send `asOf` (YYYY-MM-DD) to see it as it stood on that day; the default is today. Send `knownAt` (a log position or an ISO instant) for the register from the log as it stood then. Anyone who may read this school (a trust-wide role, or a role at this school) may call it, and the operator.' })
  @ApiProblems(400)
  @Access('schoolRegister')
  @ApiOkResponse({ description: "The school's policy register as of a day.", type: [RegisterRowSchema] })
  async register(
    @Param('trustId') trustId: string,
    @Param('schoolId') schoolId: string,
    @Query() query: KnownAtQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const asOf = query.asOf ?? this.clock.today();
    if (query.knownAt !== undefined) {
      const then = await this.knownAt.at(trustId, await this.knownAt.positionOf(query.knownAt));
      return jsonOnce(response, then.registers.schoolRegister(trustId, schoolId, asOf, then.calendar));
    }
    const calendar = await this.calendars.calendarOf(trustId);
    return jsonOnce(response, this.registers.schoolRegister(trustId, schoolId, asOf, calendar));
  }
}
