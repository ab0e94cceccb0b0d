import { DomainEvent } from '../shared/decider';

/**
 * The kinds of entry a person can withdraw: things recorded about what happened (a visit, a
 * report, a review, an adoption, an EIA, an evaluation, a trust approval, a training record).
 * A declaration of interests is not withdrawn: a newer declaration follows it. Set-up facts
 * (people, roles, policies, schools) are changed by their own commands, not withdrawn.
 */
export const WITHDRAWABLE_ENTRY_TYPES = [
  'PolicyAdopted',
  'PolicyReviewed',
  'EIACompleted',
  'PolicyEvaluated',
  'PolicyApproved',
  'LinkGovernorVisitLogged',
  'LinkGovernorReported',
  'TrainingRecorded',
] as const;
export type WithdrawableEntryType = (typeof WITHDRAWABLE_ENTRY_TYPES)[number];

export function isWithdrawableType(type: string): type is WithdrawableEntryType {
  return (WITHDRAWABLE_ENTRY_TYPES as readonly string[]).includes(type);
}

/**
 * An entry recorded by mistake stops counting. Appended to the entry's own stream, after it,
 * so every fold of that stream meets it in order. `entry` is a copy of the withdrawn event's
 * data: a fold removes exactly what that event added (it does not see event ids).
 */
export type EntryWithdrawnData = {
  eventId: string;
  entryType: WithdrawableEntryType;
  entry: Record<string, unknown>;
  reason: string;
};
export type EntryWithdrawn = DomainEvent<'EntryWithdrawn', EntryWithdrawnData>;
