import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { termDatesDecider, termDatesStreamId } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class SetTermDatesCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly terms: unknown,
  ) {
    super();
  }
}

@CommandHandler(SetTermDatesCommand)
export class SetTermDatesHandler implements ICommandHandler<SetTermDatesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, terms }: SetTermDatesCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      termDatesDecider,
      termDatesStreamId(trustId),
      { type: 'SetTermDates', data: { trustId, terms } },
      commandOrigin(origin, trustId),
    );
    return { id: trustId, position: result.position, changed: result.changed };
  }
}
