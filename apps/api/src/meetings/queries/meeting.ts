import { Injectable } from '@nestjs/common';
import { membersOf, NotFoundError } from '@governance/domain';
import { MeetingFilter, MeetingsQuery } from '@governance/projections';
import type { MeetingSummary, MeetingView } from '@governance/contracts';
import { ListPeopleQuery } from '../../people/queries/list-people';

/** The trust's meetings, by date (optionally between two dates, or one academy's). */
@Injectable()
export class MeetingListQuery {
  constructor(private readonly meetings: MeetingsQuery) {}

  execute(trustId: string, filter: MeetingFilter): MeetingSummary[] {
    return this.meetings.list(trustId, filter);
  }
}

/**
 * One meeting of the trust with its attendance, quorum and decisions in the order taken, and the
 * body's members now (whose attendance the clerk's form lists); 404 for another trust's.
 */
@Injectable()
export class MeetingQuery {
  constructor(
    private readonly meetings: MeetingsQuery,
    private readonly people: ListPeopleQuery,
  ) {}

  async execute(trustId: string, meetingId: string): Promise<MeetingView> {
    const meeting = this.meetings.meeting(trustId, meetingId);
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    return { ...meeting, memberIds: membersOf(await this.people.execute(trustId), meeting) };
  }
}
