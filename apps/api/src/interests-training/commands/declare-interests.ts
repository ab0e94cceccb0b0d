import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { interestsDecider, requirePersonOfTrust, streamIds } from '@governance/domain';
import type { DeclareInterestsRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { PersonOfRoute } from '../person-of-route';

export class DeclareInterestsCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly request: DeclareInterestsRequest,
  ) {
    super();
  }
}

/** Appends a declaration (never replacing an earlier one) to `interests-{trustId}`. */
@CommandHandler(DeclareInterestsCommand)
export class DeclareInterestsHandler implements ICommandHandler<DeclareInterestsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly personOfRoute: PersonOfRoute,
  ) {}

  async execute({ origin, personId, request }: DeclareInterestsCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    requirePersonOfTrust(await this.personOfRoute.require(origin.actor, trustId, personId), personId, trustId);
    const result = await this.executor.execute(
      interestsDecider,
      streamIds.interests(trustId),
      { type: 'DeclareInterests', data: { trustId, personId, declaredOn: request.declaredOn, interests: request.interests } },
      commandOrigin(origin, trustId),
    );
    return { id: personId, position: result.position, changed: result.changed };
  }
}
