import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PoliciesModule } from '../policies/policies.module';
import { ReadApiModule } from '../read-api/read-api.module';
import { TrustsModule } from '../trusts/trusts.module';
import { ChangeMeetingHandler } from './commands/change-meeting';
import { RecordAttendanceHandler } from './commands/record-attendance';
import { RecordDecisionHandler } from './commands/record-decision';
import { ScheduleMeetingHandler } from './commands/schedule-meeting';
import { MeetingLock } from './meeting-lock';
import { MeetingReader } from './meeting-reader';
import { MeetingsController } from './meetings.controller';
import { MeetingListQuery, MeetingQuery } from './queries/meeting';
import { PersonAttendanceQuery } from './queries/person-attendance';

/** Meetings, attendance and decisions (policy decisions go through the policies' own commands). */
@Module({
  imports: [PeopleModule, PoliciesModule, TrustsModule, ReadApiModule],
  controllers: [MeetingsController],
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
  ],
})
export class MeetingsModule {}
