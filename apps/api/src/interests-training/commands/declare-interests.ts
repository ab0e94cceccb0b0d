import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkDeclaration, interestsDecider, requirePersonOfTrust, streamIds } from '@governance/domain';
import type { DeclareInterestsRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { Clock } from '../../clock/clock';
import { CommandExecutor } from '../../commands/command-executor';
import { PersonalRecords } from '../../directory/personal-records';
import { newEntityId } from '../../idempotency/idempotent-run';
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

/**
 * Appends a declaration (never replacing an earlier one) to `interests-{trustId}`. The
 * descriptions go to the directory under the declaration's record id first (checked by the
 * domain's rules before anything is kept), and are taken back if the append is refused.
 */
@CommandHandler(DeclareInterestsCommand)
export class DeclareInterestsHandler implements ICommandHandler<DeclareInterestsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly personOfRoute: PersonOfRoute,
    private readonly records: PersonalRecords,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, personId, request }: DeclareInterestsCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    requirePersonOfTrust(await this.personOfRoute.require(origin.actor, trustId, personId), personId, trustId);
    const checked = checkDeclaration(request, this.clock.today());
    const recordId = newEntityId('interests');
    const text = checked.interests.map((interest) => interest.description);
    const result = await this.records.keepWhileAppending({ recordId, personId, trustId }, text, () =>
      this.executor.execute(
        interestsDecider,
        streamIds.interests(trustId),
        { type: 'DeclareInterests', data: { trustId, personId, recordId, declaredOn: request.declaredOn, interests: request.interests } },
        commandOrigin(origin, trustId),
      ),
    );
    return { id: recordId, position: result.position, changed: result.changed };
  }
}
