import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DeclarationStatusRow, PersonInterests, PersonTraining, TrainingStatusRow } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems, ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { DeclareInterestsCommand } from './commands/declare-interests';
import { RecordTrainingCommand } from './commands/record-training';
import { DeclareInterestsDto } from './dto/declare-interests.dto';
import { RecordTrainingDto } from './dto/record-training.dto';
import { AsOfQueryDto, StatusQueryDto } from './dto/status.query';
import { DeclarationStatusRowSchema, PersonInterestsSchema, PersonTrainingSchema, TrainingStatusRowSchema } from './interests-training-answers.schema';
import { DeclarationsListQuery, PersonInterestsQuery } from './queries/interests-reads';
import { PersonTrainingQuery, TrainingListQuery } from './queries/training-reads';

const WHO = 'The person themselves, a trust admin or a clerk may call it.';

/** Declarations of interests and training: a governor's own records, kept by them or the clerk. */
@ApiTags('governor records')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class InterestsTrainingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly personInterests: PersonInterestsQuery,
    private readonly declarations: DeclarationsListQuery,
    private readonly personTraining: PersonTrainingQuery,
    private readonly trainingList: TrainingListQuery,
  ) {}

  @Post('people/:personId/interests')
  @ApiOperation({
    summary: 'Declare interests',
    description: `The whole list of the person's business and pecuniary interests on declaredOn (not in the future); an empty list means nothing to declare. Each interest has a kind, a description, and optional from/to dates (to not before from). A declaration is never changed: a newer one follows it and counts from then. ${WHO}`,
  })
  @ApiWriteAnswer('The declaration is recorded; id is the person.')
  @ApiWriteProblems()
  @Access('declareInterests')
  async declare(@Param('personId') personId: string, @Body() body: DeclareInterestsDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new DeclareInterestsCommand(origin, personId, body)));
  }

  @Get('people/:personId/interests')
  @ApiOperation({ summary: "Read a person's declarations", description: `Every declaration made on or before asOf (default today), latest first, with the renewal status (due 11 months after the last declaration, overdue after 12, or overdue when a governor or trustee never declared) and the interests a register shows (current, and ended within 12 months). ${WHO}` })
  @ApiProblems(400)
  @ApiOkResponse({ description: 'The declarations and renewal status.', type: PersonInterestsSchema })
  @Access('personInterests')
  readInterests(@Param('trustId') trustId: string, @Param('personId') personId: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor): Promise<PersonInterests> {
    return this.personInterests.execute(actor, trustId, personId, query.asOf);
  }

  @Get('declarations')
  @ApiOperation({ summary: 'Declaration status of every governor and trustee', description: '`status=done|due|overdue` filters; without it, everyone who must declare or has declared. As of asOf (default today). A trust admin or clerk may call it.' })
  @ApiProblems(400)
  @ApiOkResponse({ description: 'One row per person, by name.', type: [DeclarationStatusRowSchema] })
  @Access('listDeclarations')
  listDeclarations(@Param('trustId') trustId: string, @Query() query: StatusQueryDto): Promise<DeclarationStatusRow[]> {
    return this.declarations.execute(trustId, query);
  }

  @Post('people/:personId/training')
  @ApiOperation({ summary: 'Record training', description: `Training the person completed on completedOn (not in the future): title, provider and hours, kept as given. A title containing "safeguarding" counts as safeguarding training for 3 years. ${WHO}` })
  @ApiWriteAnswer('The training is recorded; id is the person.')
  @ApiWriteProblems()
  @Access('recordTraining')
  async recordTraining(@Param('personId') personId: string, @Body() body: RecordTrainingDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RecordTrainingCommand(origin, personId, body)));
  }

  @Get('people/:personId/training')
  @ApiOperation({ summary: "Read a person's training", description: `Their training, latest first, with their safeguarding training status as of asOf (default today). ${WHO}` })
  @ApiProblems(400)
  @ApiOkResponse({ description: 'The training and safeguarding status.', type: PersonTrainingSchema })
  @Access('personTraining')
  readTraining(@Param('trustId') trustId: string, @Param('personId') personId: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor): Promise<PersonTraining> {
    return this.personTraining.execute(actor, trustId, personId, query.asOf);
  }

  @Get('training')
  @ApiOperation({ summary: 'Safeguarding training status of every governor and trustee', description: '`status=done|due|overdue` filters (the safeguarding status); as of asOf (default today). A trust admin or clerk may call it.' })
  @ApiProblems(400)
  @ApiOkResponse({ description: 'One row per person, by name.', type: [TrainingStatusRowSchema] })
  @Access('listTraining')
  listTraining(@Param('trustId') trustId: string, @Query() query: StatusQueryDto): Promise<TrainingStatusRow[]> {
    return this.trainingList.execute(trustId, query);
  }
}
