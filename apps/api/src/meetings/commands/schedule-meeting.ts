import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { mayClerkMeeting, meetingDecider, ScheduleMeeting, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { newEntityId } from '../../idempotency/idempotent-run';
import { TrustReader } from '../../trusts/trust-reader';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export type NewMeeting = Omit<ScheduleMeeting['data'], 'meetingId' | 'trustId' | 'activeSchoolIds'>;

export class ScheduleMeetingCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly meeting: NewMeeting,
  ) {
    super();
  }
}

/** A new meeting on its own stream `meeting-{meetingId}`; a local governing body's school must be one of the trust's academies. */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly trusts: TrustReader,
  ) {}

  async execute({ origin, meeting }: ScheduleMeetingCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    allowedOrForbidden(mayClerkMeeting(origin.actor, meeting.schoolId ?? null));
    const trust = await this.trusts.load(trustId);
    const activeSchoolIds = trust.exists ? trust.schools.map((school) => school.schoolId) : [];
    const meetingId = newEntityId('meeting');
    const result = await this.executor.execute(
      meetingDecider,
      streamIds.meeting(meetingId),
      { type: 'ScheduleMeeting', data: { ...meeting, meetingId, trustId, activeSchoolIds } },
      commandOrigin(origin, trustId, meeting.schoolId ?? undefined),
    );
    return { id: meetingId, position: result.position, changed: result.changed };
  }
}
