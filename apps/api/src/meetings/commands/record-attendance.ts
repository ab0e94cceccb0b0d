import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { mayClerkMeeting, meetingDecider, membersOf, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { AppointmentsReader } from '../../appointments/appointments-reader';
import { CommandExecutor } from '../../commands/command-executor';
import { ListPeopleQuery } from '../../people/queries/list-people';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { MeetingReader } from '../meeting-reader';

export class RecordAttendanceCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly meetingId: string,
    readonly attendance: unknown,
  ) {
    super();
  }
}

/**
 * The meeting's whole attendance, checked against the body's members (those appointed to it on
 * the meeting date, or by role where it has no appointments then); the members are recorded with it, so the quorum stays as it was then.
 */
@CommandHandler(RecordAttendanceCommand)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendanceCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly meetings: MeetingReader,
    private readonly people: ListPeopleQuery,
    private readonly appointments: AppointmentsReader,
  ) {}

  async execute({ origin, meetingId, attendance }: RecordAttendanceCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const meeting = await this.meetings.ofTrust(trustId, meetingId);
    allowedOrForbidden(mayClerkMeeting(origin.actor, meeting.schoolId ?? null));
    const everyone = await this.people.execute(trustId);
    const memberIds = membersOf(everyone, meeting, await this.appointments.ofTrust(trustId));
    const names = Object.fromEntries(everyone.map((person) => [person.id, person.name]));
    const result = await this.executor.execute(
      meetingDecider,
      streamIds.meeting(meetingId),
      { type: 'RecordAttendance', data: { meetingId, attendance, memberIds, names } },
      commandOrigin(origin, trustId, meeting.schoolId ?? undefined),
    );
    return { id: meetingId, position: result.position, changed: result.changed };
  }
}
