import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ReminderSettings } from '@governance/domain';
import { Outbox, OUTBOX_STATUSES } from '@governance/notifications';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { ChangeReminderSettingsCommand } from './commands/change-reminder-settings';
import { ReminderSettingsDto } from './dto/reminder-settings.dto';
import { StreamReaders } from './stream-readers';
import { ApiProblems, ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { ReminderSchema, ReminderSettingsSchema, ReminderView } from './review-scan-answers.schema';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class RemindersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readers: StreamReaders,
    private readonly outbox: Outbox,
  ) {}

  @Get('reminder-settings')
  @ApiOperation({ summary: 'Read the reminder settings', description: 'When review reminders go out for this trust. Trust admins of this trust may call it, and the operator.' })
  @Access('reminderSettings')
  @ApiOkResponse({ description: 'When reminders go out (default: when due, 14 days before, on the day, when overdue).', type: ReminderSettingsSchema })
  settings(@Param('trustId') trustId: string): Promise<ReminderSettings> {
    return this.readers.reminderSettings(trustId);
  }

  @Put('reminder-settings')
  @ApiOperation({ summary: 'Change the reminder settings', description: 'Sets when review reminders go out; fields left out keep their value. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The settings changed.')
  @ApiWriteProblems()
  @Access('changeReminderSettings')
  async change(
    @Body() body: ReminderSettingsDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    const settings = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    return answerWrite(res, await this.commands.execute(new ChangeReminderSettingsCommand(origin, settings)));
  }

  @Get('reminders')
  @ApiOperation({ summary: 'List the reminders', description: 'The reminder outbox for the trust: what was sent, logged, is waiting or failed; filter with `status`. Trust admins of this trust may call it, and the operator.' })
  @ApiProblems(400)
  @Access('reminders')
  @ApiQuery({ name: 'status', required: false, enum: OUTBOX_STATUSES })
  @ApiOkResponse({ description: 'The reminder outbox of this server for the trust: what was sent, logged, is waiting or failed.', type: [ReminderSchema] })
  reminders(@Param('trustId') trustId: string, @Query('status') status?: string): ReminderView[] {
    return this.outbox
      .list(trustId)
      .filter((m) => typeof status !== 'string' || m.status === status)
      .map(({ key, personId, step, subject, status: state, attempts, lastError, createdAt, finishedAt, messageId }) => ({
        key,
        personId,
        step,
        subject,
        status: state,
        attempts,
        lastError,
        createdAt,
        finishedAt,
        messageId,
      }));
  }
}
