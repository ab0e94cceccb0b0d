import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, RoleGrant, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { TrustReader } from '../../trusts/trust-reader';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class GrantRoleCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly grant: RoleGrant,
  ) {
    super();
  }
}

@CommandHandler(GrantRoleCommand)
export class GrantRoleHandler implements ICommandHandler<GrantRoleCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly trusts: TrustReader,
  ) {}

  async execute({ origin, personId, grant }: GrantRoleCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const trust = await this.trusts.load(trustId);
    const activeSchoolIds = trust.exists ? trust.schools.map((school) => school.schoolId) : [];
    const result = await this.executor.execute(
      personDecider,
      streamIds.person(personId),
      { type: 'GrantRole', personId, trustId, grant, activeSchoolIds },
      commandOrigin(origin, trustId, grant.schoolId),
    );
    return { id: personId, position: result.position, changed: result.changed };
  }
}
