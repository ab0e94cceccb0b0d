import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../write-answer';

export class RenameSchoolCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly name: string,
  ) {
    super();
  }
}

@CommandHandler(RenameSchoolCommand)
export class RenameSchoolHandler implements ICommandHandler<RenameSchoolCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, schoolId, name }: RenameSchoolCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'RenameSchool', trustId, schoolId, name },
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: schoolId, position: result.position, changed: result.changed };
  }
}
