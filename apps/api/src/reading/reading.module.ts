import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { AcknowledgementsQuery, ProjectionRunner } from '@governance/projections';
import { PeopleDirectory } from '../directory/people-directory';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { AcknowledgementProgressQuery } from './queries/acknowledgement-progress';
import { MyReadingQuery } from './queries/my-reading';
import { SchoolStaffQuery } from './queries/school-staff';
import { AcknowledgementProgressController, MyReadingController } from './reading.controller';
import { SchoolStaffController } from './school-staff.controller';

/** The acknowledgements read model's query, with names from the directory (names stay out of the log). */
const acknowledgementsQueryProvider = {
  provide: AcknowledgementsQuery,
  inject: [READ_MODEL_DB, PeopleDirectory, ProjectionRunner],
  useFactory: (db: Database.Database, directory: PeopleDirectory) => new AcknowledgementsQuery(db, (personId) => directory.findById(personId)?.name ?? null),
};

/** Read and acknowledge, the read side: progress (for the dashboard, reminders and the head's summary), a person's reading and a school's staff with theirs. */
@Module({
  controllers: [AcknowledgementProgressController, MyReadingController, SchoolStaffController],
  providers: [acknowledgementsQueryProvider, AcknowledgementProgressQuery, MyReadingQuery, SchoolStaffQuery],
  exports: [acknowledgementsQueryProvider],
})
export class ReadingModule {}
