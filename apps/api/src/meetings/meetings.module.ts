import { Module } from '@nestjs/common';
import { MeetingsQuery, ProjectionRunner } from '@governance/projections';
import type Database from 'better-sqlite3';
import { PeopleModule } from '../people/people.module';
import { PoliciesModule } from '../policies/policies.module';
import { READ_MODEL_DB } from '../projections/read-model-database';
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
  imports: [PeopleModule, PoliciesModule, TrustsModule],
  controllers: [MeetingsController],
  providers: [
    { provide: MeetingsQuery, inject: [READ_MODEL_DB, ProjectionRunner], useFactory: (db: Database.Database) => new MeetingsQuery(db) },
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
  exports: [MeetingsQuery],
})
export class MeetingsModule {}
