import { Injectable } from '@nestjs/common';
import {
  LinkAssignment,
  linkGovernanceDecider,
  policyDecider,
  PolicyState,
  ReminderSettings,
  reminderSettingsDecider,
  schoolPolicyDecider,
  reminderSettingsStreamId,
  streamIds,
} from '@governance/domain';
import { RecordedEvent } from '@governance/event-store';
import { StreamStates } from '../commands/stream-states';

/** The few streams the scan folds directly: always current, never a read model's lag. */
@Injectable()
export class StreamReaders {
  constructor(private readonly states: StreamStates) {}

  policy(policyId: string): Promise<PolicyState> {
    return this.states.stateOf(policyDecider, streamIds.policy(policyId));
  }

  async linkAssignments(schoolId: string): Promise<LinkAssignment[]> {
    return (await this.states.stateOf(linkGovernanceDecider, streamIds.linkGovernance(schoolId)))
      .assignments;
  }

  /** The policy's owner at the school (PolicyOwnerAssigned), or null. */
  async policyOwner(schoolId: string, policyId: string): Promise<string | null> {
    return (await this.states.stateOf(schoolPolicyDecider, streamIds.schoolPolicy(schoolId, policyId))).ownerId;
  }

  async reminderSettings(trustId: string): Promise<ReminderSettings> {
    return (await this.states.stateOf(reminderSettingsDecider, reminderSettingsStreamId(trustId)))
      .settings;
  }

  /** When the scan marked the review due on `dueOn` as due and as overdue (the events' `asOf`). */
  async reviewMarks(
    schoolId: string,
    policyId: string,
    dueOn: string,
  ): Promise<{ due: string | null; overdue: string | null }> {
    const history = await this.states.history(streamIds.schoolPolicy(schoolId, policyId));
    const markOf = (type: string) => {
      const event = history.find((e: RecordedEvent) => e.type === type && e.data.dueOn === dueOn);
      return typeof event?.data.asOf === 'string' ? event.data.asOf : null;
    };
    return { due: markOf('ReviewDue'), overdue: markOf('ReviewOverdue') };
  }
}
