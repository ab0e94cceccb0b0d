import { Injectable } from '@nestjs/common';
import { membersOf, NotFoundError } from '@governance/domain';
import { ActionsQuery, MeetingFilter, MeetingsQuery } from '@governance/projections';
import type { MeetingSummary, MeetingView } from '@governance/contracts';
import { withOwnerNames } from '../../actions/queries/actions-list';
import { AppointmentsReader } from '../../appointments/appointments-reader';
import { Clock } from '../../clock/clock';
import { PeopleDirectory } from '../../directory/people-directory';
import { ListPeopleQuery } from '../../people/queries/list-people';
import { AgendaBuilder, papersView } from '../agenda/agenda-builder';

/** The trust's meetings, by date (optionally between two dates, or one academy's). */
@Injectable()
export class MeetingListQuery {
  constructor(private readonly meetings: MeetingsQuery) {}

  execute(trustId: string, filter: MeetingFilter): MeetingSummary[] {
    return this.meetings.list(trustId, filter);
  }
}

/**
 * One meeting of the trust with its attendance, quorum, decisions in the order taken, agenda,
 * papers and actions, and the body's members on its date (whose attendance the clerk's form lists);
 * 404 for another trust's.
 */
@Injectable()
export class MeetingQuery {
  constructor(
    private readonly meetings: MeetingsQuery,
    private readonly people: ListPeopleQuery,
    private readonly agendas: AgendaBuilder,
    private readonly actions: ActionsQuery,
    private readonly directory: PeopleDirectory,
    private readonly clock: Clock,
    private readonly appointments: AppointmentsReader,
  ) {}

  async execute(trustId: string, meetingId: string): Promise<MeetingView> {
    const meeting = this.meetings.meeting(trustId, meetingId);
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    const built = await this.agendas.build(trustId, meetingId);
    const agenda = await this.agendas.view(built);
    const actions = withOwnerNames(this.actions.fromMeeting(trustId, meetingId, this.clock.today()), this.directory);
    return { ...meeting, memberIds: membersOf(await this.people.execute(trustId), meeting, await this.appointments.ofTrust(trustId)), agenda: agenda.items, papers: papersView(built.meeting), actions };
  }
}
