import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { trainingDecider, requirePersonOfTrust, streamIds } from '@governance/domain';
import type { RecordTrainingRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { PersonOfRoute } from '../person-of-route';

export class RecordTrainingCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly request: RecordTrainingRequest,
  ) {
    super();
  }
}

/** Appends a training record, kept as given, to `training-{trustId}`. */
@CommandHandler(RecordTrainingCommand)
export class RecordTrainingHandler implements ICommandHandler<RecordTrainingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly personOfRoute: PersonOfRoute,
  ) {}

  async execute({ origin, personId, request }: RecordTrainingCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    requirePersonOfTrust(await this.personOfRoute.require(origin.actor, trustId, personId), personId, trustId);
    const result = await this.executor.execute(
      trainingDecider,
      streamIds.training(trustId),
      { type: 'RecordTraining', data: { trustId, personId, completedOn: request.completedOn, title: request.title, provider: request.provider, hours: request.hours } },
      commandOrigin(origin, trustId),
    );
    return { id: personId, position: result.position, changed: result.changed };
  }
}
