import { DecisionContext, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { requireInteger } from '../input';
import { RoleGrant } from '../people/roles';
import { policyAppliesTo } from '../policy/applies-to';
import { LocalDate } from '../time/local-date';
import { requireStaffOfSchool } from '../access/access-facts';
import { ReadingEvent } from './events';
import { acknowledgementKey, evolveReading, initialReadingState, ReadingState } from './reading-state';

/** What the log says about the policy at the school, loaded by the handler. */
export interface AcknowledgedPolicyFacts {
  title: string;
  acknowledgementRequired: boolean;
  appliesTo: readonly string[];
  retired: boolean;
}

/**
 * A member of staff confirms they have read the version in force of a school's policy (stream
 * `reading-{personId}`). The person is the actor; the other facts come from their person stream,
 * the policy stream, the trust (the school's phase) and the school-policy stream.
 */
export interface AcknowledgePolicy {
  type: 'AcknowledgePolicy';
  data: {
    personId: string;
    schoolId: string;
    policyId: string;
    version: unknown;
    /** The person's current role grants (their person stream). */
    roles: readonly RoleGrant[];
    /** The school's phase; null or absent when none is recorded. */
    schoolPhase: string | null | undefined;
    policy: AcknowledgedPolicyFacts;
    /** The school's adoptions of the policy (its school-policy stream). */
    adoptions: readonly { version: number; adoptedOn: LocalDate }[];
  };
}

export type ReadingCommand = AcknowledgePolicy;

export function decideReading(command: ReadingCommand, state: ReadingState, context: DecisionContext): ReadingEvent[] {
  const { personId, schoolId, policyId, roles, schoolPhase, policy, adoptions } = command.data;
  const version = requireInteger(command.data.version, 'version', 1);
  requireStaffOfSchool(roles, schoolId);
  refuseNotAsked(policy, schoolPhase, policyId);
  refuseNotInForce(adoptions, version, policy.title, policyId);
  // The same version twice: already done, nothing to record (the answer gives the first day).
  if (state.acknowledged.has(acknowledgementKey(schoolId, policyId, version))) return [];
  return [{ type: 'PolicyAcknowledged', data: { personId, schoolId, policyId, version, acknowledgedOn: context.today } }];
}

function refuseNotAsked(policy: AcknowledgedPolicyFacts, phase: string | null | undefined, policyId: string): void {
  if (policy.retired) {
    throw new DomainError('policy-retired', `“${policy.title}” has been retired; there is nothing to acknowledge.`, { policyId });
  }
  if (!policy.acknowledgementRequired) {
    throw new DomainError(
      'acknowledgement-not-required',
      `“${policy.title}” does not ask staff to acknowledge it; there is nothing to record.`,
      { policyId },
    );
  }
  if (!policyAppliesTo(policy.appliesTo, phase)) {
    throw new DomainError(
      'policy-not-applicable',
      `“${policy.title}” does not apply to this school’s phase, so its staff are not asked to acknowledge it.`,
      { policyId, phase },
    );
  }
}

/** The version must be the one in force at the school: its latest adoption. */
function refuseNotInForce(
  adoptions: readonly { version: number; adoptedOn: LocalDate }[],
  version: number,
  title: string,
  policyId: string,
): void {
  const inForce = adoptions.reduce<{ version: number; adoptedOn: LocalDate } | null>(
    (latest, adoption) => (latest === null || adoption.version > latest.version ? adoption : latest),
    null,
  );
  if (inForce === null) {
    throw new DomainError(
      'version-not-adopted',
      `This school has not adopted “${title}” yet, so there is no version to acknowledge.`,
      { policyId, version },
    );
  }
  if (version === inForce.version) return;
  if (adoptions.some((adoption) => adoption.version === version)) {
    throw new DomainError(
      'version-not-in-force',
      `Version ${version} of “${title}” is no longer in force: version ${inForce.version} was adopted on ${dayMonthYear(inForce.adoptedOn)}. Read and acknowledge version ${inForce.version}.`,
      { policyId, version, versionInForce: inForce.version },
    );
  }
  throw new DomainError(
    'version-not-adopted',
    `Version ${version} of “${title}” was never adopted at this school; the version in force is ${inForce.version}.`,
    { policyId, version, versionInForce: inForce.version },
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March 2027" */
function dayMonthYear(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** One person's acknowledgements, stream `reading-{personId}`. */
export const readingDecider: Decider<ReadingCommand, ReadingEvent, ReadingState> = {
  decide: decideReading,
  evolve: evolveReading,
  initialState: initialReadingState,
};
