import { Inject, Injectable } from '@nestjs/common';
import {
  LinkAssignment,
  linkGovernanceDecider,
  policyDecider,
  PolicyState,
  ReminderSettings,
  reminderSettingsDecider,
  reminderSettingsStreamId,
  streamIds,
} from '@governance/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@governance/event-store';
import { foldStream } from '../commands/fold-stream';

/** The few streams the scan folds directly: always current, never a read model's lag. */
@Injectable()
export class StreamReaders {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  policy(policyId: string): Promise<PolicyState> {
    return foldStream(this.store, policyDecider, streamIds.policy(policyId));
  }

  async linkAssignments(schoolId: string): Promise<LinkAssignment[]> {
    return (await foldStream(this.store, linkGovernanceDecider, streamIds.linkGovernance(schoolId))).assignments;
  }

  async reminderSettings(trustId: string): Promise<ReminderSettings> {
    return (await foldStream(this.store, reminderSettingsDecider, reminderSettingsStreamId(trustId))).settings;
  }

  /** When the scan marked the review due on `dueOn` as due and as overdue (the events' `asOf`). */
  async reviewMarks(schoolId: string, policyId: string, dueOn: string): Promise<{ due: string | null; overdue: string | null }> {
    const history = await this.store.readStream(streamIds.schoolPolicy(schoolId, policyId));
    const markOf = (type: string) => {
      const event = history.find((e: RecordedEvent) => e.type === type && e.data.dueOn === dueOn);
      return typeof event?.data.asOf === 'string' ? event.data.asOf : null;
    };
    return { due: markOf('ReviewDue'), overdue: markOf('ReviewOverdue') };
  }
}
