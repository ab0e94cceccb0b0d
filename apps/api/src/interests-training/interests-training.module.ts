import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { DeclareInterestsHandler } from './commands/declare-interests';
import { RecordTrainingHandler } from './commands/record-training';
import { InterestsTrainingController } from './interests-training.controller';
import { OwnRecordEvents } from './own-record-events';
import { PersonOfRoute } from './person-of-route';
import { PeopleWithRecords } from './queries/people-who-must-declare';
import { DeclarationsListQuery, PersonInterestsQuery } from './queries/interests-reads';
import { PersonTrainingQuery, TrainingListQuery } from './queries/training-reads';
import { RegisterInterestsQuery } from './queries/register-interests';

/** Declarations of interests and training records, with their renewal and safeguarding status. */
@Module({
  imports: [PeopleModule],
  controllers: [InterestsTrainingController],
  providers: [OwnRecordEvents, PersonOfRoute, PeopleWithRecords, DeclareInterestsHandler, RecordTrainingHandler, PersonInterestsQuery, DeclarationsListQuery, PersonTrainingQuery, TrainingListQuery, RegisterInterestsQuery],
  exports: [OwnRecordEvents, RegisterInterestsQuery],
})
export class InterestsTrainingModule {}
