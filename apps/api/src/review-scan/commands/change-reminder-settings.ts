import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { reminderSettingsDecider, reminderSettingsStreamId } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class ChangeReminderSettingsCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly settings: Record<string, unknown>,
  ) {
    super();
  }
}

@CommandHandler(ChangeReminderSettingsCommand)
export class ChangeReminderSettingsHandler implements ICommandHandler<ChangeReminderSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ origin, settings }: ChangeReminderSettingsCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      reminderSettingsDecider,
      reminderSettingsStreamId(trustId),
      { type: 'ChangeReminderSettings', data: { trustId, settings } },
      commandOrigin(origin, trustId),
    );
    return { id: trustId, position: result.position, changed: result.changed };
  }
}
