import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiSchema, ApiTags } from '@nestjs/swagger';
import { Approver, approvers } from '@governance/domain';
import type { SchemeOfDelegationView } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { SetSchemeOfDelegationCommand } from './commands/set-scheme-of-delegation';
import { SchemeOfDelegationDto } from './dto/scheme-of-delegation.dto';
import { GetSchemeOfDelegationQuery } from './queries/get-scheme-of-delegation';

@ApiSchema({ name: 'DelegationRule' })
class DelegationRuleSchema {
  @ApiProperty({ enum: approvers }) approver!: Approver;
  @ApiProperty({ type: String, nullable: true }) policyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
}

@ApiSchema({ name: 'SchemeOfDelegation' })
class SchemeOfDelegationSchema implements SchemeOfDelegationView {
  @ApiProperty({ type: [DelegationRuleSchema] }) rules!: DelegationRuleSchema[];
  @ApiPropertyOptional({ description: 'Log position of the write (PUT only).' }) position?: string;
}

/** Which body approves which policy: checked on every adoption and approval. */
@ApiTags('trusts')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('trusts/:trustId/scheme-of-delegation')
export class SchemeOfDelegationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly scheme: GetSchemeOfDelegationQuery,
  ) {}

  @Get()
  @ApiOperation({ summary: "Read the trust's scheme of delegation", description: 'The rules as set; an empty list when the trust has none (then no body is checked).' })
  @ApiOkResponse({ description: 'The rules.', type: SchemeOfDelegationSchema })
  @ApiProblems(404)
  @Access('getSchemeOfDelegation')
  get(@Param('trustId') trustId: string): Promise<SchemeOfDelegationView> {
    return this.scheme.execute(trustId);
  }

  @Put()
  @HttpCode(200)
  @ApiOperation({
    summary: "Set the trust's scheme of delegation",
    description:
      'Replaces the whole scheme. The most specific rule wins (policy+school, policy, category+school, category, school), else the policy\'s approver. ' +
      'Adoptions and approvals naming another body are then refused (422) unless they carry an exception with a reason.',
  })
  @ApiOkResponse({ description: 'The scheme as saved.', type: SchemeOfDelegationSchema })
  @ApiProblems(400, 404, 409)
  @Access('setSchemeOfDelegation')
  async set(
    @Param('trustId') trustId: string,
    @Body() body: SchemeOfDelegationDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SchemeOfDelegationView> {
    const outcome = await this.commands.execute(new SetSchemeOfDelegationCommand(origin, body.rules));
    return { ...(await this.scheme.execute(trustId)), position: String(outcome.position) };
  }
}
