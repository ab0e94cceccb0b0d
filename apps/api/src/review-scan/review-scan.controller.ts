import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { refused } from '../auth/auth-problems';
import { Origin, RequestOrigin } from '../auth/command-origin.decorator';
import { Clock } from '../clock/clock';
import { reviewScanScope } from '@governance/domain';
import { OutboxDispatcher } from '@governance/notifications';
import { ReviewScanDto } from './dto/review-scan.dto';
import { ReviewScanService, ScanResult } from './review-scan.service';
import { ApiProblems } from '../http/api-problems.decorator';
import { ScanAnswerSchema } from './review-scan-answers.schema';

export type ScanAnswer = Omit<ScanResult, 'position'> & { position: string };

@ApiTags('review scan')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('admin/review-scan')
export class ReviewScanController {
  constructor(
    private readonly scans: ReviewScanService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs the scan the scheduler runs, as of a day: the operator for every trust (or one),
   * a trust admin for their own trust. The trust is in the body, not the path, so the guard
   * signs the caller in and the table's 'own-trust-unless-operator' fact decides the scope.
   */
  @Post()
  @ApiOperation({ summary: 'Run the review scan now', description: 'Runs the daily scan as of a day: finds policies due or overdue for review and queues reminders. The operator may run it for every trust (or one); a trust admin for their own trust.' })
  @ApiProblems(400, 404)
  @HttpCode(200)
  @Access('runReviewScan')
  @ApiOkResponse({ description: 'What the scan did: reviews found due or overdue, trusts scanned, reminders queued, and the log position after it.', type: ScanAnswerSchema })
  async scan(@Body() body: ReviewScanDto, @Origin() origin: RequestOrigin): Promise<ScanAnswer> {
    const scope = reviewScanScope(origin.actor, body.trustId);
    if (!scope.allowed) throw refused(scope.reason);
    const result = await this.scans.scan({
      asOf: body.asOf ?? this.clock.today(),
      trustIds: scope.trustIds,
      actor: origin.actor,
      correlationId: origin.correlationId,
    });
    // The emails go out in the background; the answer does not wait for SMTP.
    void this.dispatcher.dispatchDue();
    return result;
  }
}
