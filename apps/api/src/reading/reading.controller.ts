import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AcknowledgementProgress, MyReading } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems, ApiSignedInProblems } from '../http/api-problems.decorator';
import { AcknowledgementProgressQueryDto } from './dto/acknowledgement-progress.query';
import { AcknowledgementProgressQuery } from './queries/acknowledgement-progress';
import { MyReadingQuery } from './queries/my-reading';
import { AcknowledgementProgressSchema, MyReadingSchema } from './reading-answers.schema';

/** Read and acknowledge, the read side: progress per school and policy, and a person's own reading. */
@ApiTags('acknowledgements')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/acknowledgements')
export class AcknowledgementProgressController {
  constructor(private readonly progress: AcknowledgementProgressQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Read acknowledgement progress',
    description:
      "Per school and policy asking staff to acknowledge it (not retired, for the school's phase, adopted there): the version in force, the school's current staff, how many acknowledged it and how many have not. `schoolId` and `policyId` narrow it. Trust admins and trustees see every school; a headteacher their school; a policy's owner at a school that row. `outstandingPeople` (names) only when `schoolId` is given, for a trust admin, that school's headteacher or the policy's owner there; otherwise null. The live read models only (no `knownAt`).",
  })
  @ApiProblems(400)
  @Access('acknowledgementProgress')
  @ApiOkResponse({ description: 'The rows the caller may see, by school name and policy title, with their totals.', type: AcknowledgementProgressSchema })
  read(@Param('trustId') trustId: string, @Query() query: AcknowledgementProgressQueryDto, @CurrentActor() actor: Actor): AcknowledgementProgress {
    return this.progress.execute(trustId, actor, query);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('me/reading')
export class MyReadingController {
  constructor(private readonly reading: MyReadingQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Read what you must acknowledge',
    description:
      "The adopted versions you must read and acknowledge at the schools where you are staff, oldest first, with the version's summary, its link and the path that downloads its attached document; and the versions in force you acknowledged, newest first. Any signed-in person may call it.",
  })
  @Access('myReading')
  @ApiOkResponse({ description: 'Your reading.', type: MyReadingSchema })
  read(@CurrentActor() actor: Actor): MyReading {
    return this.reading.execute(actor);
  }
}
