import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MinutesFormat, minutesDecider, minutesStreamId, TermId } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

/** Appends MinutesInputsGenerated: the audit trail shows which pack the clerk used. */
export class RecordMinutesGeneratedCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly term: TermId,
    readonly schoolId: string | null,
    readonly format: MinutesFormat,
  ) {
    super();
  }
}

@CommandHandler(RecordMinutesGeneratedCommand)
export class RecordMinutesGeneratedHandler implements ICommandHandler<RecordMinutesGeneratedCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, term, schoolId, format }: RecordMinutesGeneratedCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const streamId = minutesStreamId(trustId, term);
    const result = await this.executor.execute(
      minutesDecider,
      streamId,
      { type: 'RecordMinutesInputsGenerated', data: { trustId, term, schoolId, format } },
      commandOrigin(origin, trustId, schoolId ?? undefined),
    );
    return { id: streamId, position: result.position, changed: result.changed };
  }
}
