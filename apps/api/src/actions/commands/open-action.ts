import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  actionDecider,
  checkActionSource,
  CheckedSource,
  mayOpenAction,
  mayReadSchool,
  NotFoundError,
  parseActionSourceRef,
  requireActionOwner,
  SourceEntry,
  streamIds,
} from '@governance/domain';
import type { OpenActionRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { newEntityId } from '../../idempotency/idempotent-run';
import { PersonReader } from '../../people/person-reader';
import { SchoolLookup } from '../../trusts/school-lookup';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { MeetingReader } from '../../meetings/meeting-reader';
import { LoggedEntries } from '../logged-entries';

export class OpenActionCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly request: OpenActionRequest,
  ) {
    super();
  }
}

/**
 * Opens an action on its own stream `action-{actionId}`. The school, the source (found in the
 * trust's log) and the owner (a person of the trust) are checked first, by the domain's rules;
 * who may open it depends on them (mayOpenAction), so that is checked once they are known.
 */
@CommandHandler(OpenActionCommand)
export class OpenActionHandler implements ICommandHandler<OpenActionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly schools: SchoolLookup,
    private readonly people: PersonReader,
    private readonly entries: LoggedEntries,
    private readonly meetings: MeetingReader,
  ) {}

  async execute({ origin, request }: OpenActionCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const named = request.schoolId ?? null;
    if (named !== null) {
      await this.schools.requireActive(trustId, named);
      if (!mayReadSchool(origin.actor, named)) throw new NotFoundError('School', named);
    }
    const checked = await this.source(trustId, request, named);
    const schoolId = checked?.schoolId ?? named;
    if (schoolId !== null && !mayReadSchool(origin.actor, schoolId)) throw new NotFoundError('School', schoolId);
    allowedOrForbidden(mayOpenAction(origin.actor, { schoolId, visitGovernorId: checked?.governorId ?? null }));
    requireActionOwner(await this.people.load(request.ownerId), request.ownerId, trustId);
    const actionId = newEntityId('action');
    const result = await this.executor.execute(
      actionDecider,
      streamIds.action(actionId),
      {
        type: 'OpenAction',
        data: { actionId, trustId, schoolId, title: request.title, ownerId: request.ownerId, dueOn: request.dueOn, source: checked?.source ?? null },
      },
      commandOrigin(origin, trustId, schoolId ?? undefined),
    );
    return { id: actionId, position: result.position, changed: result.changed };
  }

  private async source(trustId: string, request: OpenActionRequest, schoolId: string | null): Promise<CheckedSource | null> {
    const ref = parseActionSourceRef(request.source);
    if (!ref) return null;
    const entry = ref.kind === 'meeting' ? await this.meetingEntry(trustId, ref.id) : await this.entries.find(trustId, ref.id);
    return checkActionSource(ref, entry, schoolId, request.point ?? null);
  }

  /** A meeting of this trust as a source entry (another trust's, or none, is null: 422 unknown-source). */
  private async meetingEntry(trustId: string, meetingId: string): Promise<SourceEntry | null> {
    const meeting = await this.meetings.load(meetingId);
    if (!meeting.scheduled || meeting.trustId !== trustId) return null;
    return { type: 'MeetingScheduled', schoolId: meeting.schoolId, data: { date: meeting.date } };
  }
}
