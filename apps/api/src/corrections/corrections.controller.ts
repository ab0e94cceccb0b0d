import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ApiSignedInProblems, ApiWriteProblems } from '../http/api-problems.decorator';
import { ApiWriteAnswer } from '../http/api-write-answer.decorator';
import { answerWrite } from '../trusts/write-answer';
import { WithdrawEntryCommand } from './commands/withdraw-entry';
import { WithdrawalDto } from './dto/withdrawal.dto';

/** Corrections: an entry recorded by mistake is withdrawn, with a reason, and stops counting. */
@ApiTags('corrections')
@ApiBearerAuth()
@ApiSignedInProblems()
@Controller('trusts/:trustId/entries')
export class CorrectionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':eventId/withdrawal')
  @ApiOperation({
    summary: 'Withdraw an entry recorded by mistake',
    description:
      'The entry (a visit, link governor report, review, adoption, EIA, evaluation or trust approval) stops counting in every register, figure and pack; histories show it struck through with the reason. It cannot be undone. The person who recorded it, or a trust admin, may call it.',
  })
  @ApiWriteAnswer('The entry is withdrawn; `id` is its event id.')
  @ApiWriteProblems()
  @Access('withdrawEntry')
  async withdraw(@Param('eventId') eventId: string, @Body() body: WithdrawalDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response) {
    return answerWrite(res, await this.commands.execute(new WithdrawEntryCommand(origin, eventId, body.reason)));
  }
}
