import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AssignPolicyOwner, policyFactsOf, requirePolicyOwnerCandidate, schoolPolicyDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { PersonReader } from '../../people/person-reader';
import { PolicyReader } from '../../policies/policy-reader';
import { SchoolLookup } from '../../trusts/school-lookup';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class AssignPolicyOwnerCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly policyId: string,
    readonly personId: string,
  ) {
    super();
  }
}

/**
 * Names the staff lead of a policy at a school, on the `schoolpolicy-{schoolId}.{policyId}`
 * stream. The person's stream is read here and judged by requirePolicyOwnerCandidate (domain).
 */
@CommandHandler(AssignPolicyOwnerCommand)
export class AssignPolicyOwnerHandler implements ICommandHandler<AssignPolicyOwnerCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PolicyReader,
    private readonly people: PersonReader,
    private readonly schools: SchoolLookup,
  ) {}

  async execute({ origin, schoolId, policyId, personId }: AssignPolicyOwnerCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    await this.schools.requireActive(trustId, schoolId);
    const policy = policyFactsOf(await this.policies.ofTrust(trustId, policyId), policyId);
    requirePolicyOwnerCandidate(await this.people.load(personId), { personId, trustId, schoolId });
    const command: AssignPolicyOwner = { type: 'AssignPolicyOwner', data: { schoolId, policyId, policy, personId } };
    const result = await this.executor.execute(
      schoolPolicyDecider,
      streamIds.schoolPolicy(schoolId, policyId),
      command,
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: personId, position: result.position, changed: result.changed };
  }
}
