import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { randomUUID } from 'node:crypto';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, WriteOutcome } from '../write-answer';

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
    const trustId = randomUUID();
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'RegisterTrust', trustId, name },
      commandOrigin(origin, trustId),
    );
    return { id: trustId, position: result.position, changed: result.changed };
  }
}
