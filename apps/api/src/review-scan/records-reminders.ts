import { Injectable } from '@nestjs/common';
import { interestsDecider, LocalDate, RecordToRenew, recordsToRenew, streamIds, trainingDecider } from '@governance/domain';
import type { RecordToChase } from '@governance/notifications';
import { StreamStates } from '../commands/stream-states';
import { PeopleDirectory } from '../directory/people-directory';
import { TrustPeople } from './responsible-people';

/** What the weekly digest says of governor records: each person's own, and each clerk's to chase. */
export interface RecordsForDigest {
  own: ReadonlyMap<string, RecordToRenew[]>;
  toChase: ReadonlyMap<string, RecordToChase[]>;
}

export const NO_RECORDS: RecordsForDigest = { own: new Map(), toChase: new Map() };

/**
 * Declarations of interests and safeguarding training due or overdue, as of the scan's day, for
 * the weekly digest: each governor or trustee (not erased, holding a role) is told of their
 * own; the trust's clerks (its admins when it has none) and the clerk of each academy where the
 * person holds a role get a summary by name.
 */
@Injectable()
export class RecordReminders {
  constructor(
    private readonly states: StreamStates,
    private readonly directory: PeopleDirectory,
  ) {}

  async forDigest(trustId: string, people: TrustPeople, asOf: LocalDate): Promise<RecordsForDigest> {
    const interests = await this.states.stateOf(interestsDecider, streamIds.interests(trustId));
    const training = await this.states.stateOf(trainingDecider, streamIds.training(trustId));
    const own = new Map<string, RecordToRenew[]>();
    const toChase = new Map<string, RecordToChase[]>();
    for (const [personId, roles] of people.everyone()) {
      const records = recordsToRenew({ personId, roles }, interests, training, asOf);
      if (records.length === 0) continue;
      own.set(personId, records);
      const name = this.directory.findById(personId)?.name ?? null;
      const clerks = new Set([...people.clerksOf(null), ...roles.flatMap((grant) => (grant.schoolId === undefined ? [] : people.clerksOf(grant.schoolId)))]);
      for (const clerkId of clerks) toChase.set(clerkId, [...(toChase.get(clerkId) ?? []), ...records.map((record) => ({ ...record, name }))]);
    }
    return { own, toChase };
  }
}
