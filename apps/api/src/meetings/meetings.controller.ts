import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { MeetingSummary, MeetingView, PersonAttendance } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { ChangeMeetingCommand } from './commands/change-meeting';
import { RecordAttendanceCommand } from './commands/record-attendance';
import { RecordDecisionCommand } from './commands/record-decision';
import { ScheduleMeetingCommand } from './commands/schedule-meeting';
import { AttendanceDto } from './dto/attendance.dto';
import { DecisionDto } from './dto/decision.dto';
import { CancelMeetingDto, MeetingDto, RescheduleMeetingDto } from './dto/meeting.dto';
import { AttendanceYearQuery, MeetingsListQuery } from './dto/meetings.query';
import { MeetingSchema, MeetingSummarySchema, PersonAttendanceSchema } from './meeting-answers.schema';
import { MeetingListQuery, MeetingQuery } from './queries/meeting';
import { PersonAttendanceQuery } from './queries/person-attendance';

/** Meetings of the trust board, local governing bodies and committees: attendance, quorum and decisions. */
@ApiTags('meetings')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly meetingList: MeetingListQuery,
    private readonly meeting: MeetingQuery,
    private readonly personAttendance: PersonAttendanceQuery,
  ) {}

  @Post('meetings')
  @ApiOperation({ summary: 'Set up a meeting', description: "A meeting of the trust board, a local governing body (with its schoolId) or a committee (with its name), on a date. Trust admins and clerks may call it." })
  @ApiWriteAnswer('The meeting is set up; `id` is the meeting id.')
  @ApiWriteProblems()
  @Access('scheduleMeeting')
  async schedule(@Body() body: MeetingDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ScheduleMeetingCommand(origin, body)));
  }

  @Get('meetings')
  @ApiOperation({ summary: 'List meetings', description: 'The meetings of the trust by date, optionally between `from` and `to` or of one academy (`schoolId`). Trust admins, clerks, trustees, headteachers and governors may call it.' })
  @ApiOkResponse({ description: 'Meetings, by date.', type: [MeetingSummarySchema] })
  @Access('listMeetings')
  list(@Param('trustId') trustId: string, @Query() query: MeetingsListQuery): MeetingSummary[] {
    return this.meetingList.execute(trustId, query);
  }

  @Get('meetings/:meetingId')
  @ApiOperation({ summary: 'One meeting', description: 'The meeting with its attendance, quorum (a third of the members, rounded up, at least three) and decisions with their minute references, in the order taken.' })
  @ApiOkResponse({ description: 'The meeting.', type: MeetingSchema })
  @Access('getMeeting')
  get(@Param('trustId') trustId: string, @Param('meetingId') meetingId: string): Promise<MeetingView> {
    return this.meeting.execute(trustId, meetingId);
  }

  @Post('meetings/:meetingId/reschedule')
  @ApiOperation({ summary: 'Move a meeting', description: 'Moves the meeting to another date. Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The meeting is moved.')
  @ApiWriteProblems()
  @Access('rescheduleMeeting')
  async reschedule(@Param('meetingId') meetingId: string, @Body() body: RescheduleMeetingDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeMeetingCommand(origin, meetingId, { type: 'RescheduleMeeting', data: body })));
  }

  @Post('meetings/:meetingId/cancellation')
  @ApiOperation({ summary: 'Cancel a meeting', description: 'Cancels the meeting (it stays listed, marked cancelled). Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The meeting is cancelled.')
  @ApiWriteProblems()
  @Access('cancelMeeting')
  async cancel(@Param('meetingId') meetingId: string, @Body() body: CancelMeetingDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeMeetingCommand(origin, meetingId, { type: 'CancelMeeting', data: body })));
  }

  @Post('meetings/:meetingId/attendance')
  @ApiOperation({ summary: "Record a meeting's attendance", description: 'The whole attendance, `[{personId, status}]`, members only; a later record replaces it. Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The attendance is recorded.')
  @ApiWriteProblems()
  @Access('recordAttendance')
  async attendance(@Param('meetingId') meetingId: string, @Body() body: AttendanceDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RecordAttendanceCommand(origin, meetingId, body.attendance)));
  }

  @Post('meetings/:meetingId/decisions')
  @ApiOperation({
    summary: 'Record a decision of a meeting',
    description:
      'A decision with its minute reference (unique within the meeting), dated the meeting date: approve-policy, review-policy and adopt-policy append the same event as the direct routes, under the same rules and scheme of delegation (the body is the meeting\'s), carrying meetingId and minuteRef; a note records any other resolution. Trust admins and clerks may call it.',
  })
  @ApiWriteAnswer('The decision is recorded; `id` is the meeting id.')
  @ApiWriteProblems()
  @Access('recordDecision')
  async decide(@Param('meetingId') meetingId: string, @Body() body: DecisionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RecordDecisionCommand(origin, meetingId, body)));
  }

  @Get('people/:personId/attendance')
  @ApiOperation({ summary: "A person's attendance over a year", description: "The meetings of an academic year (`year`, e.g. 2026-27; default the current one) the person was a member for or attended, with their status. The person themselves, or a trust-wide admin, clerk or trustee, may call it." })
  @ApiOkResponse({ description: 'Their attendance.', type: PersonAttendanceSchema })
  @Access('personAttendance')
  attendanceOf(@Param('trustId') trustId: string, @Param('personId') personId: string, @Query() query: AttendanceYearQuery, @CurrentActor() actor: Actor): Promise<PersonAttendance> {
    return this.personAttendance.execute(actor, trustId, personId, query.year);
  }
}
