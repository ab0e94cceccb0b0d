import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkTraining, requirePersonOfTrust, streamIds, trainingDecider, TrainingText } from '@governance/domain';
import type { RecordTrainingRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { Clock } from '../../clock/clock';
import { CommandExecutor } from '../../commands/command-executor';
import { PersonalRecords } from '../../directory/personal-records';
import { newEntityId } from '../../idempotency/idempotent-run';
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

/**
 * Appends a training record, kept as given, to `training-{trustId}`. The title and provider go
 * to the directory under the record id first, and are taken back if the append is refused.
 */
@CommandHandler(RecordTrainingCommand)
export class RecordTrainingHandler implements ICommandHandler<RecordTrainingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly personOfRoute: PersonOfRoute,
    private readonly records: PersonalRecords,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, personId, request }: RecordTrainingCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    requirePersonOfTrust(await this.personOfRoute.require(origin.actor, trustId, personId), personId, trustId);
    const { title, provider } = checkTraining(request, this.clock.today());
    const recordId = newEntityId('training');
    const text: TrainingText = { title, provider };
    const result = await this.records.keepWhileAppending({ recordId, personId, trustId }, text, () =>
      this.executor.execute(
        trainingDecider,
        streamIds.training(trustId),
        { type: 'RecordTraining', data: { trustId, personId, recordId, completedOn: request.completedOn, title: request.title, provider: request.provider, hours: request.hours } },
        commandOrigin(origin, trustId),
      ),
    );
    return { id: recordId, position: result.position, changed: result.changed };
  }
}
