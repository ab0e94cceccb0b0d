import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { policyDecider, RegisterPolicy, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { newEntityId } from '../../idempotency/idempotent-run';

export type NewPolicy = Omit<RegisterPolicy['data'], 'policyId' | 'trustId'>;

export class RegisterPolicyCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly policy: NewPolicy,
  ) {
    super();
  }
}

@CommandHandler(RegisterPolicyCommand)
export class RegisterPolicyHandler implements ICommandHandler<RegisterPolicyCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, policy }: RegisterPolicyCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const policyId = newEntityId('policy');
    const result = await this.executor.execute(
      policyDecider,
      streamIds.policy(policyId),
      { type: 'RegisterPolicy', data: { ...policy, policyId, trustId } },
      commandOrigin(origin, trustId),
    );
    return { id: policyId, position: result.position, changed: result.changed };
  }
}
