import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { answerUpdate, answerWrite, UpdateAnswer, WriteAnswer } from '../trusts/write-answer';
import { ChangePersonDetailsCommand } from './commands/change-person-details';
import { ErasePersonCommand } from './commands/erase-person';
import { InvitePersonCommand } from './commands/invite-person';
import { GrantRoleCommand } from './commands/grant-role';
import { RegisterPersonCommand } from './commands/register-person';
import { ResetMfaCommand } from './commands/reset-mfa';
import { RevokeRoleCommand } from './commands/revoke-role';
import { SetPasswordCommand } from './commands/set-password';
import { ChangePersonDto } from './dto/change-person.dto';
import { CreatePersonDto } from './dto/create-person.dto';
import { RoleGrantDto } from './dto/role-grant.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { GetPersonQuery } from './queries/get-person';
import { ListPeopleQuery } from './queries/list-people';
import { PersonView } from './queries/person-view';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiUpdateAnswer, ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { InvitationSentSchema, PersonNameSchema, PersonSchema } from './person-answers.schema';
import type { InvitationSent, PersonName } from '@governance/contracts';

@ApiTags('people')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/people')
export class PeopleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly listPeople: ListPeopleQuery,
    private readonly getPerson: GetPersonQuery,
  ) {}

  /** The operator may add people too: that is how a new trust gets its first admin. */
  @Post()
  @ApiOperation({ summary: 'Add a person', description: "Adds a person to the trust's directory with their email, an optional password and their roles. Trust admins of this trust may call it, and the operator. The operator uses it to give a new trust its first admin." })
  @ApiWriteAnswer('The person is added; `id` is their person id.')
  @ApiWriteProblems()
  @Access('registerPerson')
  async register(
    @Body() body: CreatePersonDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RegisterPersonCommand(origin, body)));
  }

  @Get()
  @ApiOperation({ summary: 'List the people of the trust', description: "The trust's directory: names, emails, roles and sign-in details. Only trust admins of this trust may call it." })
  @ApiOkResponse({ description: 'The people.', type: [PersonSchema] })
  @Access('listPeople')
  list(@Param('trustId') trustId: string): Promise<PersonView[]> {
    return this.listPeople.execute(trustId);
  }

  /**
   * Names only, for everyone of the trust: so an audit trail reads "reviewed by Amira Hassan"
   * rather than an id. Emails, roles and sign-in details stay with the trust admins.
   */
  @Get('names')
  @ApiOperation({ summary: "List people's names", description: 'Only ids and names, so that audit trails and reports can show who did what. Emails, roles and sign-in details are not included. Anyone with a role in this trust may call it.' })
  @ApiOkResponse({ description: "Each person's id and name (null once erased).", type: [PersonNameSchema] })
  @Access('personNames')
  async names(@Param('trustId') trustId: string): Promise<PersonName[]> {
    const people = await this.listPeople.execute(trustId);
    return people.map((person) => ({ id: person.id, name: person.name }));
  }

  @Get(':personId')
  @ApiOperation({ summary: 'Read a person', description: "One person of the trust's directory, with their roles. Only trust admins of this trust may call it." })
  @ApiOkResponse({ description: 'The person.', type: PersonSchema })
  @Access('getPerson')
  get(@Param('trustId') trustId: string, @Param('personId') personId: string): Promise<PersonView> {
    return this.getPerson.execute(trustId, personId);
  }

  @Patch(':personId')
  @ApiOperation({ summary: "Change a person's name or email", description: "Changes a person's name, email or both (at least one), under the same rules as adding a person: the email must be an address nobody else has. A new address ends the person's sessions and any unused emailed links. The log records PersonDetailsChanged naming the fields, never the values. Only trust admins of this trust may call it." })
  @ApiUpdateAnswer("The person's details: `changed` is false when every value given was already so.")
  @ApiWriteProblems()
  @Access('changePersonDetails')
  async change(
    @Param('personId') personId: string,
    @Body() body: ChangePersonDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UpdateAnswer> {
    return answerUpdate(res, await this.commands.execute(new ChangePersonDetailsCommand(origin, personId, body)));
  }

  @Post(':personId/invitation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Invite a person by email', description: 'Emails the person a one-time link to choose their password, valid for 7 days; a newer invitation replaces an older one. The log records PersonInvited (never the link). Only trust admins of this trust may call it.' })
  @ApiCreatedResponse({ description: 'The invitation is on its way; `expiresAt` is when its link stops working.', type: InvitationSentSchema })
  @ApiWriteProblems()
  @Access('invitePerson')
  async invite(
    @Param('personId') personId: string,
    @Origin() origin: RequestOrigin,
  ): Promise<InvitationSent> {
    const outcome = await this.commands.execute(new InvitePersonCommand(origin, personId));
    return { id: outcome.id, position: String(outcome.position), expiresAt: outcome.expiresAt };
  }

  /** Right to erasure: personal data leaves the directory, the log keeps its events. */
  @Delete(':personId')
  @ApiOperation({ summary: 'Erase a person', description: "Right to erasure: the person's personal data leaves the directory and they can no longer sign in; the event log keeps what they did, without their details. Only trust admins of this trust may call it." })
  @ApiWriteAnswer('The person is erased.')
  @ApiWriteProblems()
  @Access('erasePerson')
  async erase(
    @Param('personId') personId: string,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ErasePersonCommand(origin, personId)));
  }

  @Post(':personId/roles')
  @ApiOperation({ summary: 'Grant a role', description: 'Gives a person a role in the trust (for school roles, at one school). Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The role is granted.')
  @ApiWriteProblems()
  @Access('grantRole')
  async grant(
    @Param('personId') personId: string,
    @Body() body: RoleGrantDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new GrantRoleCommand(origin, personId, body)),
    );
  }

  /** DELETE .../roles?role=governor&schoolId=...: the grant to take away. */
  @Delete(':personId/roles')
  @ApiOperation({ summary: 'Take a role away', description: 'Removes one role from a person; name it with the `role` and (for school roles) `schoolId` query parameters. Only trust admins of this trust may call it.' })
  @ApiWriteAnswer('The role is taken away.')
  @ApiWriteProblems()
  @Access('revokeRole')
  async revoke(
    @Param('personId') personId: string,
    @Query() grant: RoleGrantDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new RevokeRoleCommand(origin, personId, grant)),
    );
  }

  @Put(':personId/password')
  @ApiOperation({ summary: "Set a person's password", description: 'Sets a new sign-in password for someone in the trust, for example after they forgot theirs. Trust admins of this trust may call it, and the operator.' })
  @ApiWriteAnswer('The password is set.')
  @ApiWriteProblems()
  @Access('setPassword')
  async setPassword(
    @Param('personId') personId: string,
    @Body() body: SetPasswordDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new SetPasswordCommand(origin, personId, body.password)),
    );
  }

  /** Removes a lost second factor; the operator can do it to recover a trust's only admin. */
  @Delete(':personId/mfa')
  @ApiOperation({ summary: "Reset a person's second factor", description: "Removes a lost two-step sign-in (MFA) device so the person can enrol again. Trust admins of this trust may call it, and the operator. The operator can use it to recover a trust's only admin." })
  @ApiWriteAnswer('The second factor is removed.')
  @ApiWriteProblems()
  @Access('resetMfa')
  async resetMfa(
    @Param('personId') personId: string,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ResetMfaCommand(origin, personId)));
  }
}
