import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ActionItem } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiProblems, ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiUpdateAnswer, ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { answerUpdate, answerWrite, UpdateAnswer, WriteAnswer } from '../trusts/write-answer';
import { ActionItemSchema } from './action-answers.schema';
import { ChangeActionCommand } from './commands/change-action';
import { CompleteActionCommand } from './commands/complete-action';
import { OpenActionCommand } from './commands/open-action';
import { ActionsListQueryDto } from './dto/actions.query';
import { ChangeActionDto } from './dto/change-action.dto';
import { CompleteActionDto } from './dto/complete-action.dto';
import { OpenActionDto } from './dto/open-action.dto';
import { ActionsListQuery, MyActionsQuery } from './queries/actions-list';

/** Actions: who does what by when, from a visit, a meeting or an evaluation, until marked done. */
@ApiTags('actions')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/actions')
export class ActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly list: ActionsListQuery,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Set an action',
    description:
      'An action with a title, an owner (a person of this trust), a due date, an optional school and an optional source: `{kind: visit|meeting|evaluation, id}` (a visit or evaluation by its event id from the audit trail; for an evaluation, `point` names the point answered "no", by default its only one). Trust admins and clerks may call it; a headteacher for their school; a link governor for an action from their own visit.',
  })
  @ApiWriteAnswer('The action is set; id is the action.')
  @ApiWriteProblems()
  @Access('openAction')
  async open(@Body() body: OpenActionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new OpenActionCommand(origin, body)));
  }

  @Post(':actionId/completion')
  @ApiOperation({ summary: 'Mark an action done', description: 'Records the day it was done and a note. Sending the same completion again changes nothing (200); a different one for a done action is refused (422). The owner, a clerk or a trust admin may call it.' })
  @ApiWriteAnswer('The action is done.')
  @ApiWriteProblems()
  @Access('completeAction')
  async complete(@Param('actionId') actionId: string, @Body() body: CompleteActionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new CompleteActionCommand(origin, actionId, body)));
  }

  @Patch(':actionId')
  @ApiOperation({ summary: 'Give an action another owner or due date', description: 'An open action only. Trust admins, clerks and the headteacher of the action\'s school may call it.' })
  @ApiUpdateAnswer('Changed, or already so (changed: false).')
  @ApiWriteProblems()
  @Access('changeAction')
  async change(@Param('actionId') actionId: string, @Body() body: ChangeActionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<UpdateAnswer> {
    return answerUpdate(res, await this.commands.execute(new ChangeActionCommand(origin, actionId, body)));
  }

  @Get()
  @ApiOperation({ summary: 'List actions', description: '`status=open` (not done, overdue ones too), `overdue` (open and due before today) or `done`; `ownerId`, `schoolId`. Each action says where it came from in words. Anyone in the trust may call it, and the operator; people with a role at one school see that school\'s actions.' })
  @ApiProblems(400)
  @ApiOkResponse({ description: 'The actions, by due date.', type: [ActionItemSchema] })
  @Access('listActions')
  read(@Param('trustId') trustId: string, @Query() query: ActionsListQueryDto, @CurrentActor() actor: Actor): ActionItem[] {
    return this.list.execute(trustId, actor, query);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('me/actions')
export class MyActionsController {
  constructor(private readonly mine: MyActionsQuery) {}

  @Get()
  @ApiOperation({ summary: 'Read your own actions', description: 'The actions you own: open ones by due date (overdue ones say so), then those done, latest first. Any signed-in person may call it.' })
  @ApiOkResponse({ description: 'Your actions.', type: [ActionItemSchema] })
  @Access('myActions')
  read(@CurrentActor() actor: Actor): ActionItem[] {
    return this.mine.execute(actor);
  }
}
