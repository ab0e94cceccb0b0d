import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, WriteOutcome } from '../write-answer';
import { newEntityId } from '../../idempotency/idempotent-run';

export class RegisterTrustCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly name: string,
  ) {
    super();
  }
}

@CommandHandler(RegisterTrustCommand)
export class RegisterTrustHandler implements ICommandHandler<RegisterTrustCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, name }: RegisterTrustCommand): Promise<WriteOutcome> {
    const trustId = newEntityId('trust');
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'RegisterTrust', trustId, name },
      commandOrigin(origin, trustId),
    );
    return { id: trustId, position: result.position, changed: result.changed };
  }
}
