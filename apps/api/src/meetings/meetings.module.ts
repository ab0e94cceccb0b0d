import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module';
import { PeopleModule } from '../people/people.module';
import { PoliciesModule } from '../policies/policies.module';
import { ReadApiModule } from '../read-api/read-api.module';
import { TrustsModule } from '../trusts/trusts.module';
import { AgendaBuilder } from './agenda/agenda-builder';
import { MeetingDocumentsController } from './agenda/meeting-documents.controller';
import { ChangeAgendaHandler } from './commands/change-agenda';
import { ChangeMeetingHandler } from './commands/change-meeting';
import { RecordAttendanceHandler } from './commands/record-attendance';
import { RecordDecisionHandler } from './commands/record-decision';
import { ScheduleMeetingHandler } from './commands/schedule-meeting';
import { MeetingLock } from './meeting-lock';
import { MeetingReader } from './meeting-reader';
import { MeetingsController } from './meetings.controller';
import { MeetingListQuery, MeetingQuery } from './queries/meeting';
import { PersonAttendanceQuery } from './queries/person-attendance';
import { MeetingAgendaQuery } from './queries/agenda';
import { DraftMinutesQuery } from './queries/draft-minutes';

/** Meetings, attendance and decisions (policy decisions go through the policies' own commands). */
@Module({
  imports: [AppointmentsModule, PeopleModule, PoliciesModule, TrustsModule, ReadApiModule],
  controllers: [MeetingsController, MeetingDocumentsController],
  providers: [
    MeetingReader,
    MeetingLock,
    MeetingListQuery,
    MeetingQuery,
    PersonAttendanceQuery,
    ScheduleMeetingHandler,
    ChangeMeetingHandler,
    RecordAttendanceHandler,
    RecordDecisionHandler,
    AgendaBuilder,
    MeetingAgendaQuery,
    DraftMinutesQuery,
    ChangeAgendaHandler,
  ],
  exports: [MeetingReader],
})
export class MeetingsModule {}
