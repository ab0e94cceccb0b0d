import { Body, Controller, Delete, Get, Param, Patch, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AddSchoolCommand } from './commands/add-school';
import { SchoolLeavesTrustCommand } from './commands/remove-school';
import { ChangeSchoolDetailsCommand } from './commands/change-school-details';
import { CreateSchoolDto } from './dto/create-school.dto';
import { ChangeSchoolDto } from './dto/change-school.dto';
import { GetSchoolQuery } from './queries/get-school';
import { ListSchoolsQuery, SchoolView } from './queries/list-schools';
import { answerUpdate, answerWrite, UpdateAnswer, WriteAnswer } from './write-answer';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiUpdateAnswer, ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { SchoolSchema } from './trust-answers.schema';

@ApiTags('schools')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools')
export class SchoolsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly listSchools: ListSchoolsQuery,
    private readonly getSchool: GetSchoolQuery,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Add a school to the trust', description: 'Registers an academy in the trust, with its name and optionally its URN and phase. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The school is added; `id` is its school id.')
  @ApiWriteProblems()
  @Access('addSchool')
  async add(
    @Body() body: CreateSchoolDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new AddSchoolCommand(origin, body)));
  }

  @Get()
  @ApiOperation({ summary: "List the trust's schools", description: 'Every school of the trust; people with a role at one school only see their own. Anyone with a role in this trust may call it, and the operator.' })
  @ApiOkResponse({ description: 'The schools.', type: [SchoolSchema] })
  @Access('listSchools')
  list(@Param('trustId') trustId: string, @CurrentActor() actor: Actor): Promise<SchoolView[]> {
    return this.listSchools.execute(trustId, actor);
  }

  @Get(':schoolId')
  @ApiOperation({ summary: 'Read a school', description: 'One school of the trust. Anyone who may read this school (a trust-wide role, or a role at this school) may call it, and the operator.' })
  @ApiOkResponse({ description: 'The school.', type: SchoolSchema })
  @Access('getSchool')
  get(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string): Promise<SchoolView> {
    return this.getSchool.execute(trustId, schoolId);
  }

  @Patch(':schoolId')
  @ApiOperation({ summary: "Change a school's name, URN or phase", description: "Changes any of a school's name, URN and phase (at least one). A new name is recorded as SchoolRenamed, a new URN or phase as SchoolDetailsChanged; values equal to the current ones change nothing. Only trust admins of this trust may call it." })
  @ApiUpdateAnswer("The school's details: `changed` is false when every value given was already so.")
  @ApiWriteProblems()
  @Access('renameSchool')
  async rename(
    @Param('schoolId') schoolId: string,
    @Body() body: ChangeSchoolDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UpdateAnswer> {
    return answerUpdate(res, await this.commands.execute(new ChangeSchoolDetailsCommand(origin, schoolId, body)));
  }

  /** The school leaves the trust; its history stays in the log. */
  @Delete(':schoolId')
  @ApiOperation({ summary: 'Remove a school from the trust', description: 'The school leaves the trust: it drops out of registers and reports, but its history stays in the event log. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The school has left.')
  @ApiWriteProblems()
  @Access('removeSchool')
  async leave(
    @Param('schoolId') schoolId: string,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new SchoolLeavesTrustCommand(origin, schoolId)),
    );
  }
}
