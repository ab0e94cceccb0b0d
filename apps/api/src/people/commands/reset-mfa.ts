import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { TotpSecrets } from '../../directory/totp-secrets';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

/** An admin removes someone's second factor (a lost phone); they set it up again at next sign-in. */
export class ResetMfaCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
  ) {
    super();
  }
}

@CommandHandler(ResetMfaCommand)
export class ResetMfaHandler implements ICommandHandler<ResetMfaCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly totp: TotpSecrets,
  ) {}

  async execute({ origin, personId }: ResetMfaCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    // The log first, then the directory, as for a person's own removal: a crash between them
    // leaves a secret the log says is off, which sign-in ignores and start-up drops (MfaFromLog).
    const result = await this.executor.execute(
      personDecider,
      streamIds.person(personId),
      { type: 'RemoveMfa', personId, trustId, reason: 'reset-by-admin' },
      commandOrigin(origin, trustId),
    );
    this.totp.remove(personId);
    return { id: personId, position: result.position, changed: result.changed };
  }
}
