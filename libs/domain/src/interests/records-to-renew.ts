import { RoleGrant } from '../people/roles';
import { LocalDate } from '../time/local-date';
import { TrainingState, trainingOf } from '../training/events';
import { safeguardingTraining } from '../training/safeguarding';
import { declarationsOf, InterestsState } from './events';
import { declarationRenewal, mustDeclare } from './renewal';

/** A governor's record that needs renewing: their yearly declaration or their safeguarding training. */
export interface RecordToRenew {
  record: 'declaration' | 'safeguarding';
  status: 'due' | 'overdue';
  /** The day it must be renewed by (declaration: 12 months on; safeguarding: 3 years on); null when never made. */
  by: LocalDate | null;
  /** The last declaration or safeguarding training; null when never. */
  last: LocalDate | null;
}

/** A person's records as of a day, for reminders: their declaration and safeguarding training, when due or overdue. */
export function recordsToRenew(person: { personId: string; roles: readonly RoleGrant[] }, interests: InterestsState, training: TrainingState, asOf: LocalDate): RecordToRenew[] {
  const needs = mustDeclare(person.roles);
  const last = declarationsOf(interests, person.personId).find((declaration) => declaration.declaredOn <= asOf)?.declaredOn ?? null;
  const renewal = declarationRenewal(last, needs, asOf);
  const safeguarding = safeguardingTraining(trainingOf(training, person.personId).filter((record) => record.completedOn <= asOf), needs, asOf);
  const records: RecordToRenew[] = [];
  if (renewal.status === 'due' || renewal.status === 'overdue') records.push({ record: 'declaration', status: renewal.status, by: renewal.overdueAfter, last });
  if (safeguarding.status === 'due' || safeguarding.status === 'overdue') {
    records.push({ record: 'safeguarding', status: safeguarding.status, by: safeguarding.expiresOn, last: safeguarding.lastCompletedOn });
  }
  return records;
}
