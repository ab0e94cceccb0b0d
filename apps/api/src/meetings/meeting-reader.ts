import { Injectable } from '@nestjs/common';
import { meetingDecider, MeetingState, NotFoundError, ScheduledMeeting, streamIds } from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { isPlausibleId } from '../trusts/plausible-id';

/** A meeting of one trust, folded from its stream (the write side never trusts a lagging read model). */
@Injectable()
export class MeetingReader {
  constructor(private readonly states: StreamStates) {}

  async load(meetingId: string): Promise<MeetingState> {
    if (!isPlausibleId(meetingId)) return meetingDecider.initialState();
    return this.states.stateOf(meetingDecider, streamIds.meeting(meetingId));
  }

  /** The meeting, when it is one of this trust's; another trust's is as unknown as a missing one (404). */
  async ofTrust(trustId: string, meetingId: string): Promise<ScheduledMeeting> {
    const state = await this.load(meetingId);
    if (!state.scheduled || state.trustId !== trustId) throw new NotFoundError('Meeting', meetingId);
    return state;
  }
}
