import { Body, Controller, Get, Headers, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import type { MeetingAgenda } from '@governance/contracts';
import { meetingFileName, renderAgendaDocx, renderAgendaMarkdown, renderDraftMinutesDocx, renderDraftMinutesMarkdown } from '@governance/documents';
import { Access } from '../../auth/access.decorator';
import { Actor } from '../../auth/actor';
import { Origin, RequestOrigin } from '../../auth/command-origin.decorator';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Clock } from '../../clock/clock';
import { negotiate, notAcceptable, Offer } from '../../exports/accept';
import { BINARY_SCHEMA, TEXT_SCHEMA } from '../../http/api-file-answer.decorator';
import { ApiProblems, ApiSignedInProblems, ApiWriteProblems } from '../../http/api-problems.decorator';
import { ApiWriteAnswer } from '../../http/api-write-answer.decorator';
import { DOCX_TYPE } from '../../minutes/minutes-formats';
import { answerWrite, WriteAnswer } from '../../trusts/write-answer';
import { ChangeAgendaCommand } from '../commands/change-agenda';
import { MeetingAgendaSchema } from '../meeting-answers.schema';
import { MeetingAgendaQuery } from '../queries/agenda';
import { DraftMinutesQuery } from '../queries/draft-minutes';
import { AgendaFormat, AgendaFormatQuery, AgendaItemDto, AgendaOrderDto, DraftMinutesFormat, DraftMinutesFormatQuery, PapersSentDto } from './agenda.dto';

const AGENDA_OFFERS: readonly Offer<AgendaFormat>[] = [
  { format: 'json', type: 'application/json' },
  { format: 'markdown', type: 'text/markdown' },
  { format: 'docx', type: DOCX_TYPE },
];
const MINUTES_OFFERS: readonly Offer<DraftMinutesFormat>[] = [
  { format: 'markdown', type: 'text/markdown' },
  { format: 'docx', type: DOCX_TYPE },
];

/** A meeting's agenda (read, changed, sent with the papers) and its draft minutes. */
@ApiTags('meetings')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/meetings/:meetingId')
export class MeetingDocumentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly agenda: MeetingAgendaQuery,
    private readonly minutes: DraftMinutesQuery,
    private readonly clock: Clock,
  ) {}

  @Get('agenda')
  @ApiOperation({
    summary: "A meeting's agenda",
    description:
      "What is due for the body by the meeting date: policies whose approval or review falls to it under the scheme of delegation, missing or out-of-date EIAs of them, link governor and headteacher's reports received since its previous meeting, open and overdue actions; with the clerk's additions, removals and order. Once the papers are recorded as sent, the agenda as sent (with later changes). JSON, Markdown or Word by `Accept` (or `?format=`). Trust admins, clerks, trustees, headteachers and governors may call it.",
  })
  @ApiProblems(400, 406)
  @Access('meetingAgenda')
  @ApiExtraModels(MeetingAgendaSchema)
  @ApiOkResponse({
    description: 'The agenda.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MeetingAgendaSchema) } },
      'text/markdown': { schema: { ...TEXT_SCHEMA } },
      [DOCX_TYPE]: { schema: { ...BINARY_SCHEMA } },
    },
  })
  async read(
    @Param('trustId') trustId: string,
    @Param('meetingId') meetingId: string,
    @Query() query: AgendaFormatQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeetingAgenda | string | StreamableFile> {
    res.vary('Accept');
    const format = query.format ?? negotiate(accept, AGENDA_OFFERS);
    if (format === null) throw notAcceptable(AGENDA_OFFERS);
    const agenda = await this.agenda.execute(trustId, meetingId);
    res.setHeader('Cache-Control', 'private, no-store');
    if (format === 'json') return agenda;
    if (format === 'markdown') return markdown(res, renderAgendaMarkdown(agenda), meetingFileName('agenda', agenda, 'md'));
    return word(await renderAgendaDocx(agenda, this.clock.today()), meetingFileName('agenda', agenda, 'docx'));
  }

  @Post('agenda/items')
  @ApiOperation({ summary: 'Add an item to the agenda', description: 'A free-text item, after the others until reordered. Not for a meeting before today. Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The item is added; `id` is the meeting id (the item is `added:{n}` on the agenda).')
  @ApiWriteProblems()
  @Access('addAgendaItem')
  async add(@Param('meetingId') meetingId: string, @Body() body: AgendaItemDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeAgendaCommand(origin, meetingId, { type: 'AddAgendaItem', item: body })));
  }

  @Post('agenda/items/:itemId/removal')
  @ApiOperation({ summary: 'Take an item off the agenda', description: "An item of this meeting's agenda, by its id. Not for a meeting before today. Trust admins and clerks may call it." })
  @ApiWriteAnswer('The item is removed.')
  @ApiWriteProblems()
  @Access('removeAgendaItem')
  async remove(@Param('meetingId') meetingId: string, @Param('itemId') itemId: string, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeAgendaCommand(origin, meetingId, { type: 'RemoveAgendaItem', itemId })));
  }

  @Post('agenda/order')
  @ApiOperation({ summary: 'Reorder the agenda', description: 'Item ids in the order wanted; items not named follow in their own order. Not for a meeting before today. Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The agenda is reordered (200 when already in that order).')
  @ApiWriteProblems()
  @Access('reorderAgenda')
  async reorder(@Param('meetingId') meetingId: string, @Body() body: AgendaOrderDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeAgendaCommand(origin, meetingId, { type: 'ReorderAgenda', order: body.order })));
  }

  @Post('papers')
  @ApiOperation({
    summary: 'Record that the papers went out',
    description:
      'The day the agenda and papers were sent (not after today or the meeting). The agenda as it stands is kept as the agenda sent. Papers go out seven clear days before the meeting; the clerk is reminded on the last day when none are recorded. Trust admins and clerks may call it.',
  })
  @ApiWriteAnswer('The papers are recorded as sent.')
  @ApiWriteProblems()
  @Access('recordPapersSent')
  async papers(@Param('meetingId') meetingId: string, @Body() body: PapersSentDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeAgendaCommand(origin, meetingId, { type: 'RecordPapersSent', sentOn: body.sentOn })));
  }

  @Get('minutes')
  @ApiOperation({
    summary: "A meeting's draft minutes",
    description:
      'The meeting, attendance with each status and whether it was quorate, each agenda item in order, each decision with its minute reference, and the actions the meeting set. Markdown or Word by `Accept` (or `?format=`). Trust admins and clerks may call it.',
  })
  @ApiProblems(400, 406)
  @Access('draftMinutes')
  @ApiOkResponse({
    description: 'The draft minutes.',
    content: { 'text/markdown': { schema: { ...TEXT_SCHEMA } }, [DOCX_TYPE]: { schema: { ...BINARY_SCHEMA } } },
  })
  async draft(
    @Param('trustId') trustId: string,
    @Param('meetingId') meetingId: string,
    @Query() query: DraftMinutesFormatQuery,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | StreamableFile> {
    res.vary('Accept');
    const format = query.format ?? negotiate(accept, MINUTES_OFFERS);
    if (format === null) throw notAcceptable(MINUTES_OFFERS);
    const minutes = await this.minutes.execute(actor, trustId, meetingId);
    res.setHeader('Cache-Control', 'private, no-store');
    if (format === 'markdown') return markdown(res, renderDraftMinutesMarkdown(minutes), meetingFileName('minutes', minutes.agenda, 'md'));
    return word(await renderDraftMinutesDocx(minutes), meetingFileName('minutes', minutes.agenda, 'docx'));
  }
}

function markdown(res: Response, text: string, fileName: string): string {
  res.type('text/markdown; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename="${fileName}"`);
  return text;
}

function word(bytes: Buffer, fileName: string): StreamableFile {
  return new StreamableFile(bytes, { type: DOCX_TYPE, disposition: `attachment; filename="${fileName}"`, length: bytes.length });
}
