import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { evidencePackDecider, evidencePackStreamId } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

/** Appends EvidencePackGenerated: the audit trail shows who took which pack, and its manifest's SHA-256. */
export class RecordEvidencePackCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly asOf: string,
    readonly position: string,
    readonly manifestSha256: string,
  ) {
    super();
  }
}

@CommandHandler(RecordEvidencePackCommand)
export class RecordEvidencePackHandler implements ICommandHandler<RecordEvidencePackCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, schoolId, asOf, position, manifestSha256 }: RecordEvidencePackCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const streamId = evidencePackStreamId(schoolId);
    const result = await this.executor.execute(
      evidencePackDecider,
      streamId,
      { type: 'RecordEvidencePackGenerated', data: { trustId, schoolId, asOf, position, manifestSha256 } },
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: streamId, position: result.position, changed: result.changed };
  }
}
