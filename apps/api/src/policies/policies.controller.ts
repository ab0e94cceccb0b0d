import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@governance/domain';
import { TrustPoliciesQuery, TrustPolicyRow } from '@governance/projections';
import type { Response } from 'express';
import { TrustAccess } from '../auth/access-rule';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { Clock } from '../clock/clock';
import { AsOfQuery } from '../read-api/dto/as-of.query';
import { TrustCalendars } from '../term-dates/trust-calendars';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { AddFromCatalogueCommand } from './commands/add-from-catalogue';
import { ChangePolicyCommand, PolicyChange } from './commands/change-policy';
import { RegisterPolicyCommand } from './commands/register-policy';
import { AddCatalogueDto } from './dto/add-catalogue.dto';
import { ApproveVersionDto } from './dto/approve-version.dto';
import { DraftVersionDto } from './dto/draft-version.dto';
import { RegisterPolicyDto } from './dto/register-policy.dto';
import { RetirePolicyDto } from './dto/retire-policy.dto';
import { ReviewDto } from './dto/review.dto';

/** The trust's policies: registration, versions, and trust-level approvals, reviews and retirement. */
@ApiTags('policies')
@ApiBearerAuth()
@Controller('trusts/:trustId/policies')
export class PoliciesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly policies: TrustPoliciesQuery,
    private readonly clock: Clock,
    private readonly calendars: TrustCalendars,
  ) {}

  @Post()
  @TrustAccess(['trust-admin'])
  async register(@Body() body: RegisterPolicyDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new RegisterPolicyCommand(origin, body)));
  }

  @Get()
  @TrustAccess('any', { operator: true })
  async list(@Param('trustId') trustId: string, @Query() query: AsOfQuery): Promise<TrustPolicyRow[]> {
    return this.policies.list(trustId, query.asOf ?? this.clock.today(), await this.calendars.calendarOf(trustId));
  }

  /** Adds starter-catalogue entries (all, or the chosen `keys`); entries the trust has are left alone. */
  @Post('catalogue')
  @TrustAccess(['trust-admin'])
  async addFromCatalogue(@Body() body: AddCatalogueDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    const outcome = await this.commands.execute(new AddFromCatalogueCommand(origin, body.keys));
    res.status(outcome.changed ? 201 : 200);
    return { added: outcome.added, alreadyPresent: outcome.alreadyPresent, position: String(outcome.position) };
  }

  @Get(':policyId')
  @TrustAccess('any', { operator: true })
  async get(@Param('trustId') trustId: string, @Param('policyId') policyId: string, @Query() query: AsOfQuery): Promise<TrustPolicyRow> {
    const policy = this.policies.get(trustId, policyId, query.asOf ?? this.clock.today(), await this.calendars.calendarOf(trustId));
    if (!policy) throw new NotFoundError('Policy', policyId);
    return policy;
  }

  @Post(':policyId/versions')
  @TrustAccess(['trust-admin'])
  async draftVersion(
    @Param('policyId') policyId: string,
    @Body() body: DraftVersionDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.commands.execute(new ChangePolicyCommand(origin, policyId, { type: 'DraftPolicyVersion', data: body }));
    const drafted = outcome.events.find((event) => event.type === 'PolicyVersionDrafted');
    return { ...answerWrite(res, outcome), version: drafted?.type === 'PolicyVersionDrafted' ? drafted.data.version : null };
  }

  @Post(':policyId/approvals')
  @TrustAccess(['trust-admin'])
  approve(@Param('policyId') policyId: string, @Body() body: ApproveVersionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, policyId, { type: 'ApprovePolicyVersion', data: body }, res);
  }

  @Post(':policyId/reviews')
  @TrustAccess(['trust-admin'])
  review(@Param('policyId') policyId: string, @Body() body: ReviewDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, policyId, { type: 'ReviewPolicy', data: body }, res);
  }

  /** Retires the policy: it leaves every register; its history stays. */
  @Post(':policyId/retirement')
  @TrustAccess(['trust-admin'])
  retire(@Param('policyId') policyId: string, @Body() body: RetirePolicyDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, policyId, { type: 'RetirePolicy', data: body }, res);
  }

  private async change(origin: RequestOrigin, policyId: string, change: PolicyChange, res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangePolicyCommand(origin, policyId, change)));
  }
}
