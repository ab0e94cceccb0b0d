import { Module } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { AcknowledgementsQuery, ProjectionRunner } from '@governance/projections';
import { PeopleDirectory } from '../directory/people-directory';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { AcknowledgementProgressQuery } from './queries/acknowledgement-progress';
import { MyReadingQuery } from './queries/my-reading';
import { AcknowledgementProgressController, MyReadingController } from './reading.controller';

/** The acknowledgements read model's query, with names from the directory (names stay out of the log). */
const acknowledgementsQueryProvider = {
  provide: AcknowledgementsQuery,
  inject: [READ_MODEL_DB, PeopleDirectory, ProjectionRunner],
  useFactory: (db: Database.Database, directory: PeopleDirectory) => new AcknowledgementsQuery(db, (personId) => directory.findById(personId)?.name ?? null),
};

/** Read and acknowledge, the read side: progress (for the dashboard, reminders and the head's summary) and a person's reading. */
@Module({
  controllers: [AcknowledgementProgressController, MyReadingController],
  providers: [acknowledgementsQueryProvider, AcknowledgementProgressQuery, MyReadingQuery],
  exports: [acknowledgementsQueryProvider],
})
export class ReadingModule {}
