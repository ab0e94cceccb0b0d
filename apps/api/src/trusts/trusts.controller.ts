import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, OperatorOnly, TrustAccess } from '../auth/access-rule';
import { Actor } from '../auth/actor';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RegisterTrustCommand } from './commands/register-trust';
import { SetSecurityPolicyCommand } from './commands/set-security-policy';
import { CreateTrustDto } from './dto/create-trust.dto';
import { SecurityPolicyDto } from './dto/security-policy.dto';
import { GetTrustQuery, TrustView } from './queries/get-trust';
import { ListTrustsQuery } from './queries/list-trusts';
import { CatalogTrust } from './trust-catalog';
import { answerWrite, WriteAnswer } from './write-answer';

@ApiTags('trusts')
@ApiBearerAuth()
@Controller('trusts')
export class TrustsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @OperatorOnly()
  async create(
    @Body() body: CreateTrustDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new RegisterTrustCommand(origin, body.name)),
    );
  }

  @Get()
  @Authenticated()
  list(@CurrentActor() actor: Actor): Promise<CatalogTrust[]> {
    return this.queries.execute(new ListTrustsQuery(actor));
  }

  @Get(':trustId')
  @TrustAccess('any', { operator: true })
  get(@Param('trustId') trustId: string): Promise<TrustView> {
    return this.queries.execute(new GetTrustQuery(trustId));
  }

  @Put(':trustId/security-policy')
  @TrustAccess(['trust-admin'], { operator: true })
  async setSecurityPolicy(
    @Body() body: SecurityPolicyDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer> {
    return answerWrite(
      res,
      await this.commands.execute(new SetSecurityPolicyCommand(origin, body.requireMfaForAdmins)),
    );
  }
}
