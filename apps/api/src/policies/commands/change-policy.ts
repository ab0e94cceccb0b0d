import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { delegationCheckFor, PolicyCommand, PolicyEvent, policyDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { PolicyReader } from '../policy-reader';
import { TrustReader } from '../../trusts/trust-reader';

/** A command on an existing policy of the route's trust; `policyId` comes from the route. */
export type PolicyChange = Exclude<PolicyCommand, { type: 'RegisterPolicy' }> extends infer C
  ? C extends { type: infer T; data: infer D }
    ? { type: T; data: Omit<D, 'policyId'> }
    : never
  : never;

export interface PolicyChangeOutcome extends WriteOutcome {
  events: PolicyEvent[];
}

export class ChangePolicyCommand extends Command<PolicyChangeOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly policyId: string,
    readonly change: PolicyChange,
  ) {
    super();
  }
}

/** Versions, trust-level approvals and reviews, retirement: checks the policy is the trust's, then decides. */
@CommandHandler(ChangePolicyCommand)
export class ChangePolicyHandler implements ICommandHandler<ChangePolicyCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PolicyReader,
    private readonly trusts: TrustReader,
  ) {}

  async execute({ origin, policyId, change }: ChangePolicyCommand): Promise<PolicyChangeOutcome> {
    const trustId = routeTrustId(origin);
    const policy = await this.policies.ofTrust(trustId, policyId);
    // A trust-level approval is checked against the scheme of delegation (no school).
    const delegation =
      change.type === 'ApprovePolicyVersion'
        ? { delegation: delegationCheckFor(await this.trusts.load(trustId), policy, null) }
        : {};
    const command = { type: change.type, data: { ...change.data, ...delegation, policyId } } as PolicyCommand;
    const result = await this.executor.execute(
      policyDecider,
      streamIds.policy(policyId),
      command,
      commandOrigin(origin, trustId),
    );
    return { id: policyId, position: result.position, changed: result.changed, events: result.events };
  }
}
