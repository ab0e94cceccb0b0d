import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actionDecider, mayChangeAction, mayReadSchool, NotFoundError, requireActionOwner, streamIds } from '@governance/domain';
import type { ChangeActionRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { PersonReader } from '../../people/person-reader';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { ActionLookup } from '../action-lookup';

export class ChangeActionCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly actionId: string,
    readonly request: ChangeActionRequest,
  ) {
    super();
  }
}

/** Gives an open action another owner and/or due date, in one append on `action-{actionId}`. */
@CommandHandler(ChangeActionCommand)
export class ChangeActionHandler implements ICommandHandler<ChangeActionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly actions: ActionLookup,
    private readonly people: PersonReader,
  ) {}

  async execute({ origin, actionId, request }: ChangeActionCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const { action, agreed } = await this.actions.require(trustId, actionId);
    if (action.schoolId !== null && !mayReadSchool(origin.actor, action.schoolId)) throw new NotFoundError('Action', actionId);
    allowedOrForbidden(mayChangeAction(origin.actor, action));
    if (request.ownerId !== undefined) requireActionOwner(await this.people.load(request.ownerId), request.ownerId, trustId);
    const result = await this.executor.execute(
      actionDecider,
      streamIds.action(actionId),
      { type: 'ChangeAction', data: { actionId, ownerId: request.ownerId, dueOn: request.dueOn, agreed } },
      commandOrigin(origin, trustId, action.schoolId ?? undefined),
    );
    return { id: actionId, position: result.position, changed: result.changed };
  }
}
