import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { TrustAccess } from '../auth/access-rule';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { ErasePersonCommand } from './commands/erase-person';
import { GrantRoleCommand } from './commands/grant-role';
import { RegisterPersonCommand } from './commands/register-person';
import { ResetMfaCommand } from './commands/reset-mfa';
import { RevokeRoleCommand } from './commands/revoke-role';
import { SetPasswordCommand } from './commands/set-password';
import { CreatePersonDto } from './dto/create-person.dto';
import { RoleGrantDto } from './dto/role-grant.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { GetPersonQuery } from './queries/get-person';
import { ListPeopleQuery } from './queries/list-people';
import { PersonView } from './queries/person-view';

@ApiTags('people')
@ApiBearerAuth()
@Controller('trusts/:trustId/people')
export class PeopleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** The operator may add people too: that is how a new trust gets its first admin. */
  @Post()
  @TrustAccess(['trust-admin'], { operator: true })
  async register(
    @Body() body: CreatePersonDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RegisterPersonCommand(origin, body)));
  }

  @Get()
  @TrustAccess(['trust-admin'])
  list(@Param('trustId') trustId: string): Promise<PersonView[]> {
    return this.queries.execute(new ListPeopleQuery(trustId));
  }

  /**
   * Names only, for everyone of the trust: so an audit trail reads "reviewed by Amira Hassan"
   * rather than an id. Emails, roles and sign-in details stay with the trust admins.
   */
  @Get('names')
  @TrustAccess('any')
  async names(@Param('trustId') trustId: string): Promise<{ id: string; name: string | null }[]> {
    const people: PersonView[] = await this.queries.execute(new ListPeopleQuery(trustId));
    return people.map((person) => ({ id: person.id, name: person.name }));
  }

  @Get(':personId')
  @TrustAccess(['trust-admin'])
  get(@Param('trustId') trustId: string, @Param('personId') personId: string): Promise<PersonView> {
    return this.queries.execute(new GetPersonQuery(trustId, personId));
  }

  /** Right to erasure: personal data leaves the directory, the log keeps its events. */
  @Delete(':personId')
  @TrustAccess(['trust-admin'])
  async erase(
    @Param('personId') personId: string,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ErasePersonCommand(origin, personId)));
  }

  @Post(':personId/roles')
  @TrustAccess(['trust-admin'])
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
  @TrustAccess(['trust-admin'])
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
  @TrustAccess(['trust-admin'], { operator: true })
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
  @TrustAccess(['trust-admin'], { operator: true })
  async resetMfa(
    @Param('personId') personId: string,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ResetMfaCommand(origin, personId)));
  }
}
