import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  delegationCheckFor,
  policyFactsOf,
  SchoolPolicyCommand,
  schoolPolicyDecider,
  streamIds,
} from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { PolicyReader } from '../policy-reader';
import { SchoolLookup } from '../../trusts/school-lookup';
import { TrustReader } from '../../trusts/trust-reader';

type FromRoute = 'schoolId' | 'policyId' | 'policy';

/** A school-policy command as a request gives it: the school, policy and its facts come from the route and the log. */
export type SchoolPolicyChange = SchoolPolicyCommand extends infer C
  ? C extends { type: infer T; data: infer D }
    ? { type: T; data: Omit<D, FromRoute> }
    : never
  : never;

export class ChangeSchoolPolicyCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly policyId: string,
    readonly change: SchoolPolicyChange,
  ) {
    super();
  }
}

/** Adoptions, school reviews, EIAs, evaluations: on the `schoolpolicy-{schoolId}.{policyId}` stream. */
@CommandHandler(ChangeSchoolPolicyCommand)
export class ChangeSchoolPolicyHandler implements ICommandHandler<ChangeSchoolPolicyCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PolicyReader,
    private readonly schools: SchoolLookup,
    private readonly trusts: TrustReader,
  ) {}

  async execute({ origin, schoolId, policyId, change }: ChangeSchoolPolicyCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    await this.schools.requireActive(trustId, schoolId);
    const policyState = await this.policies.ofTrust(trustId, policyId);
    const policy = policyFactsOf(policyState, policyId);
    // An adoption is checked against the scheme of delegation, a fact of the trust stream.
    const delegation =
      change.type === 'AdoptPolicy'
        ? delegationCheckFor(await this.trusts.load(trustId), policyState, schoolId)
        : undefined;
    const command = {
      type: change.type,
      data: { ...change.data, schoolId, policyId, policy, ...(delegation !== undefined ? { delegation } : {}) },
    } as SchoolPolicyCommand;
    const result = await this.executor.execute(
      schoolPolicyDecider,
      streamIds.schoolPolicy(schoolId, policyId),
      command,
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: policyId, position: result.position, changed: result.changed };
  }
}
