import { Module } from '@nestjs/common';
import { MinutesInputsQuery, ProjectionRunner } from '@governance/projections';
import type Database from 'better-sqlite3';
import { ExportsModule } from '../exports/exports.module';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { ReadApiModule } from '../read-api/read-api.module';
import { RecordMinutesGeneratedHandler } from './commands/record-minutes-generated';
import { CalendarAt } from './calendar-at';
import { MinutesInputsController } from './minutes-inputs.controller';
import { MinutesPacksController } from './minutes-packs.controller';
import { RecordedPacks } from './recorded-packs';
import { MinutesPackBuilder } from './minutes-pack';
import { PersonNames } from './person-names';
import { ReadingModule } from '../reading/reading.module';

/** The clerk's termly pack (minutes inputs) and, through ExportsModule, the CSV exports. */
@Module({
  imports: [ReadApiModule, ExportsModule, ReadingModule],
  controllers: [MinutesInputsController, MinutesPacksController],
  providers: [
    {
      provide: MinutesInputsQuery,
      inject: [READ_MODEL_DB, ProjectionRunner],
      useFactory: (db: Database.Database) => new MinutesInputsQuery(db),
    },
    MinutesPackBuilder,
    CalendarAt,
    RecordedPacks,
    PersonNames,
    RecordMinutesGeneratedHandler,
  ],
})
export class MinutesModule {}
