import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actionDecider, mayCompleteAction, mayReadSchool, NotFoundError, streamIds } from '@governance/domain';
import type { CompleteActionRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { ActionLookup } from '../action-lookup';

export class CompleteActionCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly actionId: string,
    readonly request: CompleteActionRequest,
  ) {
    super();
  }
}

/** Marks an action done (its owner, a clerk or a trust admin), on `action-{actionId}`. */
@CommandHandler(CompleteActionCommand)
export class CompleteActionHandler implements ICommandHandler<CompleteActionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly actions: ActionLookup,
  ) {}

  async execute({ origin, actionId, request }: CompleteActionCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const { action, agreed } = await this.actions.require(trustId, actionId);
    // An action of a school the caller may not read is as unknown as another trust's, unless it is theirs.
    const own = origin.actor.kind === 'person' && origin.actor.personId === action.ownerId;
    if (!own && action.schoolId !== null && !mayReadSchool(origin.actor, action.schoolId)) throw new NotFoundError('Action', actionId);
    allowedOrForbidden(mayCompleteAction(origin.actor, action));
    const result = await this.executor.execute(
      actionDecider,
      streamIds.action(actionId),
      { type: 'CompleteAction', data: { actionId, completedOn: request.completedOn, note: request.note, agreed } },
      commandOrigin(origin, trustId, action.schoolId ?? undefined),
    );
    return { id: actionId, position: result.position, changed: result.changed };
  }
}
