import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { ReadApiModule } from '../read-api/read-api.module';
import { TrustsModule } from '../trusts/trusts.module';
import { ActionLookup } from './action-lookup';
import { ActionsController, MyActionsController } from './actions.controller';
import { ChangeActionHandler } from './commands/change-action';
import { CompleteActionHandler } from './commands/complete-action';
import { OpenActionHandler } from './commands/open-action';
import { MeetingReader } from '../meetings/meeting-reader';
import { LoggedEntries } from './logged-entries';
import { ActionsListQuery, MyActionsQuery } from './queries/actions-list';

/** Actions: set, reassigned, re-dated and done; listed for the trust and for each owner. */
@Module({
  imports: [PeopleModule, ReadApiModule, TrustsModule],
  controllers: [ActionsController, MyActionsController],
  providers: [LoggedEntries, MeetingReader, ActionLookup, OpenActionHandler, CompleteActionHandler, ChangeActionHandler, ActionsListQuery, MyActionsQuery],
  exports: [LoggedEntries],
})
export class ActionsModule {}
