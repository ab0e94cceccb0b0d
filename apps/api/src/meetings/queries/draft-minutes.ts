import { Injectable } from '@nestjs/common';
import { Actor, mayClerkMeeting, NotFoundError } from '@governance/domain';
import type { DraftMinutes } from '@governance/contracts';
import { ActionsQuery, MeetingsQuery } from '@governance/projections';
import { withOwnerNames } from '../../actions/queries/actions-list';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { Clock } from '../../clock/clock';
import { PeopleDirectory } from '../../directory/people-directory';
import { AgendaBuilder } from '../agenda/agenda-builder';

/**
 * The draft minutes' facts: the meeting and its agenda, the attendance with names and the
 * quorum, every decision with its minute reference in the order taken, and the actions the
 * meeting opened. A clerk of one academy drafts only that academy's meetings.
 */
@Injectable()
export class DraftMinutesQuery {
  constructor(
    private readonly agendas: AgendaBuilder,
    private readonly meetings: MeetingsQuery,
    private readonly actions: ActionsQuery,
    private readonly directory: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, trustId: string, meetingId: string): Promise<DraftMinutes> {
    const built = await this.agendas.build(trustId, meetingId);
    allowedOrForbidden(mayClerkMeeting(actor, built.meeting.schoolId));
    const record = this.meetings.meeting(trustId, meetingId);
    if (!record) throw new NotFoundError('Meeting', meetingId);
    const agenda = await this.agendas.view(built);
    const nameOf = (personId: string) => this.directory.findById(personId)?.name ?? null;
    const schools = await this.agendas.schoolNames(trustId);
    return {
      agenda,
      attendance: record.attendance.map((line) => ({ ...line, name: nameOf(line.personId) })),
      quorum: record.quorum,
      members: record.members,
      present: record.present,
      quorate: record.quorate,
      decisions: record.decisions.map((d) => ({ ...d, schoolName: d.schoolId === null ? null : (schools.get(d.schoolId) ?? null) })),
      actions: withOwnerNames(this.actions.fromMeeting(trustId, meetingId, this.clock.today()), this.directory),
      generatedOn: this.clock.today(),
    };
  }
}
