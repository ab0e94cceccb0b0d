import { Body, Controller, Get, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
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
import { ApiProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { TrustSchema, TrustSummarySchema } from './trust-answers.schema';

@ApiTags('trusts')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('trusts')
export class TrustsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly listTrusts: ListTrustsQuery,
    private readonly getTrust: GetTrustQuery,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a trust', description: 'Creates a new multi-academy trust. Only the operator (the server admin token) may call it; the trust then gets its first admin through POST /trusts/{trustId}/people.' })
  @ApiWriteAnswer('The trust is registered; `id` is its trust id.')
  @ApiProblems(400, 409, 422)
  @Access('createTrust')
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
  @ApiOperation({ summary: 'List the trusts you can see', description: 'The trusts the caller has a role in; the operator sees every trust on this server. Any signed-in person may call it.' })
  @ApiOkResponse({ description: 'The trusts, each with its id and name.', type: [TrustSummarySchema] })
  @Access('listTrusts')
  list(@CurrentActor() actor: Actor): Promise<CatalogTrust[]> {
    return this.listTrusts.execute(actor);
  }

  @Get(':trustId')
  @ApiOperation({ summary: 'Read a trust', description: "The trust's name, settings and security policy. Anyone with a role in this trust may call it, and the operator." })
  @ApiOkResponse({ description: 'The trust.', type: TrustSchema })
  @ApiProblems(404)
  @Access('getTrust')
  get(@Param('trustId') trustId: string): Promise<TrustView> {
    return this.getTrust.execute(trustId);
  }

  @Put(':trustId/security-policy')
  @ApiOperation({ summary: "Set the trust's security policy", description: 'Turns on or off the rule that trust admins must use two-step sign-in (MFA). Trust admins of this trust may call it, and the operator.' })
  @ApiWriteAnswer('The policy changed.')
  @ApiProblems(400, 404, 409, 422)
  @Access('setSecurityPolicy')
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
