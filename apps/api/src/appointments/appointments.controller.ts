import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AppointmentItem } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { AppointmentItemSchema } from './appointment-answers.schema';
import { EndAppointmentCommand } from './commands/end-appointment';
import { MakeAppointmentCommand } from './commands/make-appointment';
import { AppointmentDto, AppointmentsFilter, EndAppointmentDto } from './dto/appointment.dto';
import { AppointmentsListQuery, PersonAppointmentsQuery } from './queries/appointments';

/** Appointments to the members, the trust board, local governing bodies and committees, with their terms of office. */
@ApiTags('appointments')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId')
export class AppointmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly list: AppointmentsListQuery,
    private readonly ofPerson: PersonAppointmentsQuery,
  ) {}

  @Post('people/:personId/appointments')
  @ApiOperation({
    summary: 'Appoint a person',
    description:
      'Appoints a person of the trust to the members, the trust board, a local governing body (with its schoolId) or a committee (with its name), in a role, by an appointing body, from startsOn to endsOn (at most four years). A renewal is a new appointment starting the day after the last one ends. Trust admins and clerks may call it (a clerk of one academy for its local governing body only).',
  })
  @ApiWriteAnswer('The appointment is made; `id` is the appointment id.')
  @ApiWriteProblems()
  @Access('makeAppointment')
  async appoint(@Param('personId') personId: string, @Body() body: AppointmentDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new MakeAppointmentCommand(origin, personId, body)));
  }

  @Post('people/:personId/appointments/:appointmentId/end')
  @ApiOperation({ summary: 'End an appointment early', description: 'endedOn is the last day held: before the term ends, not before it started; an appointment ends once. Trust admins and clerks may call it.' })
  @ApiWriteAnswer('The appointment is ended.')
  @ApiWriteProblems()
  @Access('endAppointment')
  async end(
    @Param('personId') personId: string,
    @Param('appointmentId') appointmentId: string,
    @Body() body: EndAppointmentDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new EndAppointmentCommand(origin, personId, appointmentId, body)));
  }

  @Get('people/:personId/appointments')
  @ApiOperation({ summary: "A person's appointments", description: 'Current, future and past, per body then by start.' })
  @ApiOkResponse({ description: 'Their appointments.', type: [AppointmentItemSchema] })
  @Access('personAppointments')
  personAppointments(@Param('trustId') trustId: string, @Param('personId') personId: string): Promise<AppointmentItem[]> {
    return this.ofPerson.execute(trustId, personId);
  }

  @Get('appointments')
  @ApiOperation({
    summary: 'List appointments',
    description: 'The trust\'s appointments per body with names, optionally of one body (`body`), one academy (`schoolId`), and only those held (`current=true`) or not held (`current=false`) today or on `on`.',
  })
  @ApiOkResponse({ description: 'Appointments, per body then by start.', type: [AppointmentItemSchema] })
  @Access('listAppointments')
  appointments(@Param('trustId') trustId: string, @Query() query: AppointmentsFilter): Promise<AppointmentItem[]> {
    return this.list.execute(trustId, query);
  }
}
