import { Body, Controller, Delete, Get, Param, Patch, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SchoolAccess, TrustAccess } from '../auth/access-rule';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AddSchoolCommand } from './commands/add-school';
import { SchoolLeavesTrustCommand } from './commands/remove-school';
import { RenameSchoolCommand } from './commands/rename-school';
import { CreateSchoolDto } from './dto/create-school.dto';
import { RenameSchoolDto } from './dto/rename-school.dto';
import { GetSchoolQuery } from './queries/get-school';
import { ListSchoolsQuery, SchoolView } from './queries/list-schools';
import { answerWrite, WriteAnswer } from './write-answer';

@ApiTags('schools')
@ApiBearerAuth()
@Controller('trusts/:trustId/schools')
export class SchoolsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @TrustAccess(['trust-admin'])
  async add(
    @Body() body: CreateSchoolDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new AddSchoolCommand(origin, body)));
  }

  @Get()
  @TrustAccess('any', { operator: true })
  list(@Param('trustId') trustId: string, @CurrentActor() actor: Actor): Promise<SchoolView[]> {
    return this.queries.execute(new ListSchoolsQuery(trustId, actor));
  }

  @Get(':schoolId')
  @SchoolAccess('any', { operator: true })
  get(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string): Promise<SchoolView> {
    return this.queries.execute(new GetSchoolQuery(trustId, schoolId));
  }

  @Patch(':schoolId')
  @TrustAccess(['trust-admin'])
  async rename(
    @Param('schoolId') schoolId: string,
    @Body() body: RenameSchoolDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new RenameSchoolCommand(origin, schoolId, body.name)),
    );
  }

  /** The school leaves the trust; its history stays in the log. */
  @Delete(':schoolId')
  @TrustAccess(['trust-admin'])
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
