import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditTrailQuery } from '@governance/projections';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { readableSchools } from '@governance/domain';
import { AuditQuery } from './dto/audit.query';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { AuditPageSchema } from './audit-answers.schema';

@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/audit')
export class AuditController {
  constructor(private readonly audit: AuditTrailQuery) {}

  @Get()
  @ApiOperation({ summary: 'Read the audit trail', description: "Every event of the trust, newest first, with who did it and what changed; page with the `cursor` of the previous answer. Anyone with a role in this trust may call it, and the operator. People with a role at one school see that school's events only." })
  @ApiProblems(400)
  @Access('auditTrail')
  @ApiOkResponse({ description: 'Every event of the trust with actor, stream and data, newest first, paged by cursor.', type: AuditPageSchema })
  async trail(@Param('trustId') trustId: string, @Query() query: AuditQuery, @CurrentActor() actor: Actor) {
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
