import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { answerWrite, WriteAnswer } from '../trusts/write-answer';
import { ChangeSchoolPolicyCommand, SchoolPolicyChange } from './commands/change-school-policy';
import { AdoptionDto } from './dto/adoption.dto';
import { EiaDto } from './dto/eia.dto';
import { EvaluationDto } from './dto/evaluation.dto';
import { ReviewDto } from './dto/review.dto';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';

/** A school's work on a policy (API.md: trust-admin; headteacher and staff of that school). */

@ApiTags('school policies')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/schools/:schoolId/policies/:policyId')
export class SchoolPoliciesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('adoptions')
  @ApiOperation({ summary: 'Adopt a policy at a school', description: 'Records that the school adopted a version of a trust policy, with any local amendments. Trust admins, and the headteacher and staff of this school, may call it.' })
  @ApiWriteAnswer('The adoption is recorded.')
  @ApiWriteProblems()
  @Access('adoptPolicy')
  adopt(@Param('schoolId') schoolId: string, @Param('policyId') policyId: string, @Body() body: AdoptionDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, schoolId, policyId, { type: 'AdoptPolicy', data: body }, res);
  }

  @Post('reviews')
  @ApiOperation({ summary: 'Review a school policy', description: "Records the school's review of a school-level policy and when it is next due. Trust admins, and the headteacher and staff of this school, may call it." })
  @ApiWriteAnswer('The review is recorded.')
  @ApiWriteProblems()
  @Access('reviewSchoolPolicy')
  review(@Param('schoolId') schoolId: string, @Param('policyId') policyId: string, @Body() body: ReviewDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, schoolId, policyId, { type: 'ReviewSchoolPolicy', data: body }, res);
  }

  @Post('eia')
  @ApiOperation({ summary: 'Record an equality impact assessment', description: "Records the school's equality impact assessment (EIA) of a policy: impacts, conclusion and approval. Trust admins, and the headteacher and staff of this school, may call it." })
  @ApiWriteAnswer('The assessment is recorded.')
  @ApiWriteProblems()
  @Access('completeEia')
  completeEia(@Param('schoolId') schoolId: string, @Param('policyId') policyId: string, @Body() body: EiaDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, schoolId, policyId, { type: 'CompleteEIA', data: body }, res);
  }

  @Post('evaluations')
  @ApiOperation({ summary: 'Record a policy evaluation', description: 'Records how well a policy works in practice at this school. Trust admins, and the headteacher and staff of this school, may call it.' })
  @ApiWriteAnswer('The evaluation is recorded.')
  @ApiWriteProblems()
  @Access('evaluatePolicy')
  evaluate(@Param('schoolId') schoolId: string, @Param('policyId') policyId: string, @Body() body: EvaluationDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return this.change(origin, schoolId, policyId, { type: 'EvaluatePolicy', data: body }, res);
  }

  private async change(origin: RequestOrigin, schoolId: string, policyId: string, change: SchoolPolicyChange, res: Response): Promise<WriteAnswer> {
    return answerWrite(res, await this.commands.execute(new ChangeSchoolPolicyCommand(origin, schoolId, policyId, change)));
  }
}
