import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@governance/domain';
import { MeetingFilter, MeetingsQuery } from '@governance/projections';
import type { MeetingSummary, MeetingView } from '@governance/contracts';

/** The trust's meetings, by date (optionally between two dates, or one academy's). */
@Injectable()
export class MeetingListQuery {
  constructor(private readonly meetings: MeetingsQuery) {}

  execute(trustId: string, filter: MeetingFilter): MeetingSummary[] {
    return this.meetings.list(trustId, filter);
  }
}

/** One meeting of the trust with its attendance, quorum and decisions in the order taken; 404 for another trust's. */
@Injectable()
export class MeetingQuery {
  constructor(private readonly meetings: MeetingsQuery) {}

  execute(trustId: string, meetingId: string): MeetingView {
    const meeting = this.meetings.meeting(trustId, meetingId);
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    return meeting;
  }
}
