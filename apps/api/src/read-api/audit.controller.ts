import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditTrailQuery } from '@governance/projections';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { isWithdrawableType, mayWithdrawEntry, readableSchools } from '@governance/domain';
import type { AuditPage } from '@governance/contracts';
import { AuditQuery } from './dto/audit.query';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { AuditPageSchema } from './audit-answers.schema';
import { KnownAtReadModels } from './known-at';
import type { AuditFilters } from '@governance/projections';

@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditTrailQuery,
    private readonly knownAt: KnownAtReadModels,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Read the audit trail', description: "Every event of the trust, newest first, with who did it and what changed; page with the `cursor` of the previous answer. Send `knownAt` (a log position or an ISO instant) for the trail as it stood then. Entries recorded more than 30 days after the date they state are marked `recordedLate`. Anyone with a role in this trust may call it, and the operator. People with a role at one school see that school's events only." })
  @ApiProblems(400)
  @Access('auditTrail')
  @ApiOkResponse({ description: 'Every event of the trust with actor, stream and data, newest first, paged by cursor.', type: AuditPageSchema })
  async trail(@Param('trustId') trustId: string, @Query() query: AuditQuery, @CurrentActor() actor: Actor): Promise<AuditPage> {
    return withWithdrawability(await this.page(trustId, query, actor), actor);
  }

  private async page(trustId: string, { knownAt, ...rest }: AuditQuery, actor: Actor): Promise<AuditPage> {
    // knownAt: the trail as it stood then (entries and withdrawals up to that position).
    const query: AuditFilters = knownAt === undefined ? rest : { ...rest, knownAt: await this.knownAt.positionOf(knownAt) };
    const schools = readableSchools(actor);
    if (schools !== 'all' && query.schoolId && !schools.has(query.schoolId)) {
      throw new ProblemException(problem(403, 'You can read the audit trail of your own school only.', { type: problemType('forbidden') }));
    }
    if (schools !== 'all' && !query.schoolId) {
      // A school-scoped reader sees their school's trail (the first of their schools when they hold several).
      return this.audit.page(trustId, { ...query, schoolId: [...schools][0] });
    }
    return this.audit.page(trustId, query);
  }
}

/** Marks each item the reader may withdraw, by the rule the withdrawal route applies (withdrawEntry). */
function withWithdrawability(page: AuditPage, actor: Actor): AuditPage {
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      mayWithdraw: item.eventId !== null && item.withdrawn === null && isWithdrawableType(item.type) && mayWithdrawEntry(actor, item.actorId).allowed,
    })),
  };
}
