import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { Clock } from '../../clock/clock';
import { CommandExecutor } from '../../commands/command-executor';
import { PeopleDirectory } from '../../directory/people-directory';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class ErasePersonCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
  ) {
    super();
  }
}

/**
 * Right to erasure: PersonErased goes to the log (which keeps every earlier event), then the
 * directory forgets the name, email and credentials. The directory step runs even when the
 * event was already recorded, so a retry finishes an erasure that was interrupted.
 */
@CommandHandler(ErasePersonCommand)
export class ErasePersonHandler implements ICommandHandler<ErasePersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, personId }: ErasePersonCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const result = await this.executor.execute(
      personDecider,
      streamIds.person(personId),
      { type: 'ErasePerson', personId, trustId },
      commandOrigin(origin, trustId),
    );
    this.directory.erase(personId, this.clock.now().toISOString());
    return { id: personId, position: result.position, changed: result.changed };
  }
}
