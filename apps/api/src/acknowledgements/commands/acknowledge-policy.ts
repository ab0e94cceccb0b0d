import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  acknowledgementKey,
  DomainError,
  readingDecider,
  readingStream,
  schoolPolicyDecider,
  streamIds,
} from '@governance/domain';
import type { PolicyAcknowledgement } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { StreamStates } from '../../commands/stream-states';
import { PersonReader } from '../../people/person-reader';
import { PolicyReader } from '../../policies/policy-reader';
import { SchoolLookup } from '../../trusts/school-lookup';
import { commandOrigin, routeTrustId } from '../../trusts/write-answer';

export interface AcknowledgeOutcome {
  acknowledgement: PolicyAcknowledgement;
  changed: boolean;
}

export class AcknowledgePolicyCommand extends Command<AcknowledgeOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly policyId: string,
    readonly version: number,
  ) {
    super();
  }
}

/**
 * A member of staff acknowledges, for themselves, the version in force of a school's policy.
 * Loads the facts the reading decider needs (their roles from their person stream, the policy,
 * the school's phase and adoptions) and appends to `reading-{personId}`.
 */
@CommandHandler(AcknowledgePolicyCommand)
export class AcknowledgePolicyHandler implements ICommandHandler<AcknowledgePolicyCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly states: StreamStates,
    private readonly people: PersonReader,
    private readonly policies: PolicyReader,
    private readonly schools: SchoolLookup,
  ) {}

  async execute({ origin, schoolId, policyId, version }: AcknowledgePolicyCommand): Promise<AcknowledgeOutcome> {
    const trustId = routeTrustId(origin);
    const school = await this.schools.requireActive(trustId, schoolId);
    const policy = await this.policies.ofTrust(trustId, policyId);
    if (origin.actor.kind !== 'person') {
      throw new DomainError('not-staff-of-school', 'Only a member of staff of this school can acknowledge its policies, for themselves.', { schoolId });
    }
    const personId = origin.actor.personId;
    const person = await this.people.load(personId);
    const roles = person.exists && person.trustId === trustId && !person.erased ? person.roles : [];
    const adoptions = (await this.states.stateOf(schoolPolicyDecider, streamIds.schoolPolicy(schoolId, policyId))).adoptions;
    const result = await this.executor.execute(
      readingDecider,
      readingStream(personId),
      {
        type: 'AcknowledgePolicy',
        data: {
          personId,
          schoolId,
          policyId,
          version,
          roles,
          schoolPhase: school.phase ?? null,
          policy: { title: policy.title, acknowledgementRequired: policy.acknowledgementRequired, appliesTo: policy.appliesTo, retired: policy.retired },
          adoptions,
        },
      },
      commandOrigin(origin, trustId, schoolId),
    );
    // Acknowledged before: answer the day it was first acknowledged.
    const acknowledgedOn =
      result.events[0]?.data.acknowledgedOn ??
      (await this.states.stateOf(readingDecider, readingStream(personId))).acknowledged.get(acknowledgementKey(schoolId, policyId, version)) ??
      '';
    return {
      acknowledgement: { schoolId, policyId, version, acknowledgedOn, position: String(result.position) },
      changed: result.changed,
    };
  }
}
