import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../write-answer';

/** The school leaves the trust: it disappears from lists and its routes answer 404. */
export class SchoolLeavesTrustCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
  ) {
    super();
  }
}

@CommandHandler(SchoolLeavesTrustCommand)
export class SchoolLeavesTrustHandler implements ICommandHandler<SchoolLeavesTrustCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, schoolId }: SchoolLeavesTrustCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'SchoolLeavesTrust', trustId, schoolId },
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: schoolId, position: result.position, changed: result.changed };
  }
}
