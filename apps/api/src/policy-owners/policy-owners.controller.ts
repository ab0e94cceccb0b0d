import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { PersonName } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { PersonNameSchema } from '../people/person-answers.schema';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { AssignPolicyOwnerCommand } from './commands/assign-policy-owner';
import { PolicyOwnerDto } from './dto/policy-owner.dto';
import { PolicyOwnerCandidatesQuery } from './queries/policy-owner-candidates';

/** A policy's owner at a school: the staff lead reminded of its reviews with the headteacher. */
@ApiTags('school policies')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId')
export class PolicyOwnersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly candidates: PolicyOwnerCandidatesQuery,
  ) {}

  @Post('policies/:policyId/owner')
  @ApiOperation({ summary: "Name a policy's owner at a school", description: "Names the staff lead for this policy at this school, who is reminded of its reviews with the headteacher. The person must hold a role at this school or trust-wide. Naming the current owner again changes nothing (200). Trust admins and the school's headteacher may call it." })
  @ApiWriteAnswer('The owner is recorded; id is the person named.')
  @ApiWriteProblems()
  @Access('assignPolicyOwner')
  async assign(@Param('schoolId') schoolId: string, @Param('policyId') policyId: string, @Body() body: PolicyOwnerDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new AssignPolicyOwnerCommand(origin, schoolId, policyId, body.personId)));
  }

  @Get('policy-owner-candidates')
  @ApiOperation({ summary: "List who may own a policy at the school", description: "The people who may be named a policy's owner at this school: those with a role at the school and those with a trust-wide role (ids and names). Trust admins and the school's headteacher may call it." })
  @ApiOkResponse({ description: 'Ids and names, by name.', type: [PersonNameSchema] })
  @Access('policyOwnerCandidates')
  list(@Param('trustId') trustId: string, @Param('schoolId') schoolId: string): Promise<PersonName[]> {
    return this.candidates.execute(trustId, schoolId);
  }
}
