import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { parseTerm, streamIds, SubmitTermlyReport, termlyReportDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { SchoolLookup } from '../../trusts/school-lookup';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class SubmitTermlyReportCommand extends Command<WriteOutcome & { submission: number }> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly report: Omit<SubmitTermlyReport['data'], 'schoolId'>,
  ) {
    super();
  }
}

/** The headteacher's report for a term, stream `termly-{schoolId}.{term}`; a resubmission supersedes. */
@CommandHandler(SubmitTermlyReportCommand)
export class SubmitTermlyReportHandler implements ICommandHandler<SubmitTermlyReportCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly schools: SchoolLookup,
  ) {}

  async execute({ origin, schoolId, report }: SubmitTermlyReportCommand): Promise<WriteOutcome & { submission: number }> {
    const trustId = routeTrustId(origin);
    await this.schools.requireActive(trustId, schoolId);
    const term = parseTerm(report.term, 'term');
    const result = await this.executor.execute(
      termlyReportDecider,
      streamIds.termlyReport(schoolId, term),
      { type: 'SubmitTermlyReport', data: { ...report, schoolId } },
      commandOrigin(origin, trustId, schoolId),
    );
    const submitted = result.events[0];
    return { id: `${schoolId}.${term}`, position: result.position, changed: result.changed, submission: submitted?.data.submission ?? 0 };
  }
}
