import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { reviewScanScope } from '@governance/domain';
import { OutboxDispatcher } from '@governance/notifications';
import { refused } from '../../auth/auth-problems';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { Clock } from '../../clock/clock';
import { ReviewScanService, ScanResult } from '../review-scan.service';

/** The answer to POST /admin/review-scan. */
export type ScanAnswer = Omit<ScanResult, 'position'> & { position: string };

export class RunReviewScanCommand extends Command<ScanAnswer> {
  constructor(
    readonly origin: RequestOrigin,
    /** The day to scan as of; the server's today when absent. */
    readonly asOf: string | undefined,
    /** One trust, or (the operator only) every trust when absent. */
    readonly trustId: string | undefined,
  ) {
    super();
  }
}

/**
 * The scan the scheduler runs, on demand. The trust is in the body, not the path, so the
 * table's 'own-trust-unless-operator' fact (reviewScanScope) decides the scope here.
 */
@CommandHandler(RunReviewScanCommand)
export class RunReviewScanHandler implements ICommandHandler<RunReviewScanCommand> {
  constructor(
    private readonly scans: ReviewScanService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, asOf, trustId }: RunReviewScanCommand): Promise<ScanAnswer> {
    const scope = reviewScanScope(origin.actor, trustId);
    if (!scope.allowed) throw refused(scope.reason);
    const result = await this.scans.scan({
      asOf: asOf ?? this.clock.today(),
      trustIds: scope.trustIds,
      actor: origin.actor,
      correlationId: origin.correlationId,
    });
    // The emails go out in the background; the answer does not wait for SMTP.
    void this.dispatcher.dispatchDue();
    return result;
  }
}
