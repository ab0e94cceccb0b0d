import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamIds, trustDecider } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../write-answer';
import { newEntityId } from '../../idempotency/idempotent-run';

export interface NewSchool {
  name: string;
  urn?: string;
  phase?: string;
}

export class AddSchoolCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly school: NewSchool,
  ) {
    super();
  }
}

@CommandHandler(AddSchoolCommand)
export class AddSchoolHandler implements ICommandHandler<AddSchoolCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, school }: AddSchoolCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const schoolId = newEntityId('school');
    const result = await this.executor.execute(
      trustDecider,
      streamIds.trust(trustId),
      { type: 'AddSchool', trustId, schoolId, ...school },
      commandOrigin(origin, trustId, schoolId),
    );
    return { id: schoolId, position: result.position, changed: result.changed };
  }
}
