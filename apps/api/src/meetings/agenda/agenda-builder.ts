import { Injectable } from '@nestjs/common';
import {
  AgendaItem,
  clearDaysBefore,
  composeAgenda,
  lastDayForPapers,
  PAPERS_CLEAR_DAYS,
  ScheduledMeeting,
} from '@governance/domain';
import type { AgendaItemView, MeetingAgenda, PapersSentView } from '@governance/contracts';
import { AgendaQuery } from '@governance/projections';
import { PeopleDirectory } from '../../directory/people-directory';
import { TrustReader } from '../../trusts/trust-reader';
import { MeetingReader } from '../meeting-reader';
import { meetingName } from '../meeting-name';

/** A meeting's agenda items as stored (no names), with the meeting they belong to. */
export interface BuiltAgenda {
  meeting: ScheduledMeeting;
  items: AgendaItem[];
  basis: 'due' | 'as-sent';
  previousMeetingOn: string | null;
}

/**
 * The agenda of a meeting. Until the papers are recorded as sent, it is built from what is due
 * for the body by the meeting date (AgendaQuery) with the clerk's additions, removals and order;
 * once they are, it is the agenda the papers went out with (kept in PapersSent), with any change
 * made after. So a decision taken at the meeting does not take its item off the agenda.
 */
@Injectable()
export class AgendaBuilder {
  constructor(
    private readonly meetings: MeetingReader,
    private readonly due: AgendaQuery,
    private readonly trusts: TrustReader,
    private readonly directory: PeopleDirectory,
  ) {}

  async build(trustId: string, meetingId: string): Promise<BuiltAgenda> {
    const meeting = await this.meetings.ofTrust(trustId, meetingId);
    return this.of(meeting);
  }

  of(meeting: ScheduledMeeting): BuiltAgenda {
    const asMeeting = { id: meeting.meetingId, trustId: meeting.trustId, body: meeting.body, schoolId: meeting.schoolId, committee: meeting.committee, date: meeting.date };
    const base = meeting.papers?.agenda ?? this.due.due(asMeeting);
    return {
      meeting,
      items: composeAgenda(base, meeting.agendaEdits),
      basis: meeting.papers ? 'as-sent' : 'due',
      previousMeetingOn: this.due.previousMeetingDate(asMeeting),
    };
  }

  /** The agenda as the routes answer it: names of schools and people added. */
  async view(built: BuiltAgenda): Promise<MeetingAgenda> {
    const { meeting } = built;
    const trust = await this.trusts.load(meeting.trustId);
    const schools = new Map(trust.exists ? trust.schools.map((s) => [s.schoolId, s.name]) : []);
    return {
      meetingId: meeting.meetingId,
      meetingName: trust.exists ? meetingName(trust, { ...meeting, id: meeting.meetingId }) : 'Meeting',
      trustName: trust.exists ? trust.name : '',
      body: meeting.body,
      schoolId: meeting.schoolId,
      committee: meeting.committee,
      title: meeting.title,
      date: meeting.date,
      cancelled: meeting.cancelled,
      previousMeetingOn: built.previousMeetingOn,
      basis: built.basis,
      papers: papersView(meeting),
      papersDueBy: lastDayForPapers(meeting.date),
      items: this.itemViews(built.items, schools),
    };
  }

  /** The trust's academies by id, with their names. */
  async schoolNames(trustId: string): Promise<Map<string, string>> {
    const trust = await this.trusts.load(trustId);
    return new Map(trust.exists ? trust.schools.map((s) => [s.schoolId, s.name]) : []);
  }

  itemViews(items: readonly AgendaItem[], schools: ReadonlyMap<string, string>): AgendaItemView[] {
    return items.map((item) => ({
      ...item,
      schoolName: item.schoolId === null ? null : (schools.get(item.schoolId) ?? null),
      personName: item.personId === null ? null : (this.directory.findById(item.personId)?.name ?? null),
    }));
  }
}

export function papersView(meeting: ScheduledMeeting): PapersSentView | null {
  if (!meeting.papers) return null;
  const clearDays = clearDaysBefore(meeting.papers.sentOn, meeting.date);
  return { sentOn: meeting.papers.sentOn, clearDays, onTime: clearDays >= PAPERS_CLEAR_DAYS };
}
