import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../write-answer';

export class SetSecurityPolicyCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly requireMfaForAdmins: boolean,
  ) {
    super();
  }
}

@CommandHandler(SetSecurityPolicyCommand)
export class SetSecurityPolicyHandler implements ICommandHandler<SetSecurityPolicyCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, requireMfaForAdmins }: SetSecurityPolicyCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'SetSecurityPolicy', trustId, requireMfaForAdmins },
      commandOrigin(origin, trustId),
    );
    return { id: trustId, position: result.position, changed: result.changed };
  }
}
