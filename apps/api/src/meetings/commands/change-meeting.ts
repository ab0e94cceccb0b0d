import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CancelMeeting, mayClerkMeeting, meetingDecider, RescheduleMeeting, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { MeetingReader } from '../meeting-reader';

/** A reschedule or a cancellation as a request gives it (the meeting comes from the route). */
export type MeetingChange =
  | { type: 'RescheduleMeeting'; data: Omit<RescheduleMeeting['data'], 'meetingId'> }
  | { type: 'CancelMeeting'; data: Omit<CancelMeeting['data'], 'meetingId'> };

export class ChangeMeetingCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly meetingId: string,
    readonly change: MeetingChange,
  ) {
    super();
  }
}

/** Moves or cancels a meeting of the route's trust. */
@CommandHandler(ChangeMeetingCommand)
export class ChangeMeetingHandler implements ICommandHandler<ChangeMeetingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly meetings: MeetingReader,
  ) {}

  async execute({ origin, meetingId, change }: ChangeMeetingCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const meeting = await this.meetings.ofTrust(trustId, meetingId);
    allowedOrForbidden(mayClerkMeeting(origin.actor, meeting.schoolId ?? null));
    const command = { type: change.type, data: { ...change.data, meetingId } } as RescheduleMeeting | CancelMeeting;
    const result = await this.executor.execute(
      meetingDecider,
      streamIds.meeting(meetingId),
      command,
      commandOrigin(origin, trustId, meeting.schoolId ?? undefined),
    );
    return { id: meetingId, position: result.position, changed: result.changed };
  }
}
