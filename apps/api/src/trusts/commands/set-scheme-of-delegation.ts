import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../write-answer';

export class SetSchemeOfDelegationCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly rules: unknown,
  ) {
    super();
  }
}

/** Replaces the trust's scheme of delegation (an event on the `trust-{trustId}` stream). */
@CommandHandler(SetSchemeOfDelegationCommand)
export class SetSchemeOfDelegationHandler implements ICommandHandler<SetSchemeOfDelegationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, rules }: SetSchemeOfDelegationCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'SetSchemeOfDelegation', trustId, rules },
      commandOrigin(origin, trustId),
    );
    return { id: trustId, position: result.position, changed: result.changed };
  }
}
