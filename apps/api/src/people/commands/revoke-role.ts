import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, RoleGrant, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class RevokeRoleCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly grant: RoleGrant,
  ) {
    super();
  }
}

@CommandHandler(RevokeRoleCommand)
export class RevokeRoleHandler implements ICommandHandler<RevokeRoleCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, personId, grant }: RevokeRoleCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      personDecider,
      streamIds.person(personId),
      { type: 'RevokeRole', personId, trustId, grant },
      commandOrigin(origin, trustId, grant.schoolId),
    );
    return { id: personId, position: result.position, changed: result.changed };
  }
}
