import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { PolicyAcknowledgement } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { PolicyAcknowledgementSchema } from './acknowledgement-answer.schema';
import { AcknowledgePolicyCommand } from './commands/acknowledge-policy';
import { AcknowledgePolicyDto } from './dto/acknowledge-policy.dto';

/** Read and acknowledge: a member of staff confirms they have read the version in force. */
@ApiTags('read and acknowledge')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId/policies/:policyId/acknowledgements')
export class AcknowledgeController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Acknowledge a policy',
    description:
      'A member of staff of this school, for themselves, confirms they have read the version in force (the school’s latest adoption) of a policy that asks for acknowledgement. ' +
      'An older version, a version never adopted here, a policy that asks for none or does not apply to the school’s phase, or someone not on the school’s staff: 422, nothing recorded. ' +
      'The same version again answers 200 with the first acknowledgement and records nothing.',
  })
  @ApiCreatedResponse({ description: 'The acknowledgement is recorded.', type: PolicyAcknowledgementSchema })
  @ApiOkResponse({ description: 'This version was acknowledged before: nothing recorded; the first acknowledgement.', type: PolicyAcknowledgementSchema })
  @ApiWriteProblems()
  @Access('acknowledgePolicy')
  async acknowledge(
    @Param('schoolId') schoolId: string,
    @Param('policyId') policyId: string,
    @Body() body: AcknowledgePolicyDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PolicyAcknowledgement> {
    const outcome = await this.commands.execute(new AcknowledgePolicyCommand(origin, schoolId, policyId, body.version));
    res.status(outcome.changed ? 201 : 200);
    return outcome.acknowledgement;
  }
}
