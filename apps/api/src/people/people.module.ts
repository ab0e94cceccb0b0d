import { Module } from '@nestjs/common';
import { TrustsModule } from '../trusts/trusts.module';
import { LinkMailer } from '../sign-in-links/link-mailer';
import { ChangePersonDetailsHandler } from './commands/change-person-details';
import { ErasePersonHandler } from './commands/erase-person';
import { InvitePersonHandler } from './commands/invite-person';
import { GrantRoleHandler } from './commands/grant-role';
import { RegisterPersonHandler } from './commands/register-person';
import { ResetMfaHandler } from './commands/reset-mfa';
import { RevokeRoleHandler } from './commands/revoke-role';
import { SetPasswordHandler } from './commands/set-password';
import { PeopleController } from './people.controller';
import { PersonReader } from './person-reader';
import { GetPersonQuery } from './queries/get-person';
import { ListPeopleQuery } from './queries/list-people';

/** People of a trust: `person-{personId}` streams for roles, the directory for personal data. */
@Module({
  imports: [TrustsModule],
  controllers: [PeopleController],
  providers: [
    PersonReader,
    RegisterPersonHandler,
    GrantRoleHandler,
    RevokeRoleHandler,
    ErasePersonHandler,
    ResetMfaHandler,
    SetPasswordHandler,
    ChangePersonDetailsHandler,
    InvitePersonHandler,
    LinkMailer,
    ListPeopleQuery,
    GetPersonQuery,
  ],
  exports: [PersonReader, LinkMailer, ListPeopleQuery],
})
export class PeopleModule {}
