import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { ReviewScanDto } from './dto/review-scan.dto';
import { RunReviewScanCommand, ScanAnswer } from './commands/run-review-scan';
import { ApiProblems } from '../http/api-problems.decorator';
import { ScanAnswerSchema } from './review-scan-answers.schema';

export type { ScanAnswer } from './commands/run-review-scan';

@ApiTags('review scan')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('admin/review-scan')
export class ReviewScanController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Runs the scan the scheduler runs, as of a day: the operator for every trust (or one),
   * a trust admin for their own trust. The trust is in the body, not the path, so the guard
   * signs the caller in and the command's handler applies the table's 'own-trust-unless-operator' fact.
   */
  @Post()
  @ApiOperation({ summary: 'Run the review scan now', description: 'Runs the daily scan as of a day: finds policies due or overdue for review and queues reminders. The operator may run it for every trust (or one); a trust admin for their own trust.' })
  @ApiProblems(400, 404)
  @HttpCode(200)
  @Access('runReviewScan')
  @ApiOkResponse({ description: 'What the scan did: reviews found due or overdue, trusts scanned, reminders queued, and the log position after it.', type: ScanAnswerSchema })
  async scan(@Body() body: ReviewScanDto, @Origin() origin: RequestOrigin): Promise<ScanAnswer> {
    return this.commands.execute(new RunReviewScanCommand(origin, body.asOf, body.trustId));
  }
}
