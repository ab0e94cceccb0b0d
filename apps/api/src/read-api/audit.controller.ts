import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditTrailQuery } from '@governance/projections';
import { TrustAccess } from '../auth/access-rule';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';
import { readableSchools } from './actor-scope';
import { AuditQuery } from './dto/audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('trusts/:trustId/audit')
export class AuditController {
  constructor(private readonly audit: AuditTrailQuery) {}

  @Get()
  @TrustAccess('any', { operator: true })
  @ApiOkResponse({ description: 'Every event of the trust with actor, stream and data, newest first, paged by cursor.' })
  async trail(@Param('trustId') trustId: string, @Query() query: AuditQuery, @CurrentActor() actor: Actor) {
    const schools = readableSchools(actor);
    if (schools && query.schoolId && !schools.has(query.schoolId)) {
      throw new ProblemException(problem(403, 'You can read the audit trail of your own school only.', { type: problemType('forbidden') }));
    }
    if (schools && !query.schoolId) {
      // A school-scoped reader sees their school's trail (the first of their schools when they hold several).
      return this.audit.page(trustId, { ...query, schoolId: [...schools][0] });
    }
    return this.audit.page(trustId, query);
  }
}
