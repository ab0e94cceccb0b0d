import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import type { SchoolChangeRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../write-answer';

/** A school's name, URN or phase (any of them, at least one). */
export class ChangeSchoolDetailsCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly schoolId: string,
    readonly change: SchoolChangeRequest,
  ) {
    super();
  }
}

@CommandHandler(ChangeSchoolDetailsCommand)
export class ChangeSchoolDetailsHandler implements ICommandHandler<ChangeSchoolDetailsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, schoolId, change }: ChangeSchoolDetailsCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      {
        type: 'ChangeSchoolDetails',
        trustId,
        schoolId,
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.urn !== undefined ? { urn: change.urn } : {}),
        ...(change.phase !== undefined ? { phase: change.phase } : {}),
      },
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: schoolId, position: result.position, changed: result.changed };
  }
}
