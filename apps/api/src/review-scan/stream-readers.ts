import { Inject, Injectable } from '@nestjs/common';
import {
  fold,
  LinkAssignment,
  LinkGovernanceEvent,
  linkGovernanceDecider,
  PolicyEvent,
  policyDecider,
  PolicyState,
  ReminderSettings,
  ReminderSettingsEvent,
  reminderSettingsDecider,
  reminderSettingsStreamId,
  streamIds,
} from '@governance/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@governance/event-store';
import { toDomainEvent } from '../commands/command-executor';

/** The few streams the scan folds directly: always current, never a read model's lag. */
@Injectable()
export class StreamReaders {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async policy(policyId: string): Promise<PolicyState> {
    return fold(policyDecider, (await this.events(streamIds.policy(policyId))) as PolicyEvent[]);
  }

  async linkAssignments(schoolId: string): Promise<LinkAssignment[]> {
    const events = (await this.events(streamIds.linkGovernance(schoolId))) as LinkGovernanceEvent[];
    return fold(linkGovernanceDecider, events).assignments;
  }

  async reminderSettings(trustId: string): Promise<ReminderSettings> {
    const events = (await this.events(reminderSettingsStreamId(trustId))) as ReminderSettingsEvent[];
    return fold(reminderSettingsDecider, events).settings;
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

  private async events(streamId: string) {
    return (await this.store.readStream(streamId)).map(toDomainEvent);
  }
}
