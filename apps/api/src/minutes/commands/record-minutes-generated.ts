import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Position } from '@governance/event-store';
import { MinutesFormat, minutesDecider, minutesStreamId, TermId } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

/** Appends MinutesInputsGenerated: the audit trail shows which pack the clerk used, and it can be rebuilt. */
export class RecordMinutesGeneratedCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly term: TermId,
    readonly schoolId: string | null,
    readonly format: MinutesFormat,
    /** Where the read models stood when the pack was built, and the hashes of what was sent. */
    readonly frozen: { builtAt: Position; sha256: string; inputsSha256: string; readAndAcknowledge: boolean },
  ) {
    super();
  }
}

@CommandHandler(RecordMinutesGeneratedCommand)
export class RecordMinutesGeneratedHandler implements ICommandHandler<RecordMinutesGeneratedCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, term, schoolId, format, frozen }: RecordMinutesGeneratedCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const streamId = minutesStreamId(trustId, term);
    const result = await this.executor.execute(
      minutesDecider,
      streamId,
      { type: 'RecordMinutesInputsGenerated', data: { trustId, term, schoolId, format, builtAt: String(frozen.builtAt), sha256: frozen.sha256, inputsSha256: frozen.inputsSha256, readAndAcknowledge: frozen.readAndAcknowledge } },
      commandOrigin(origin, trustId, schoolId ?? undefined),
    );
    return { id: streamId, position: result.position, changed: result.changed };
  }
}
