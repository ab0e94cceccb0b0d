import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  InvalidValueError,
  NotFoundError,
  PersonDetailField,
  personDecider,
  refuseCredentialsForErased,
  streamIds,
} from '@governance/domain';
import type { PersonChangeRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { CommandExecutor } from '../../commands/command-executor';
import { PeopleDirectory } from '../../directory/people-directory';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export class ChangePersonDetailsCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly change: PersonChangeRequest,
  ) {
    super();
  }
}

/**
 * A person's name or email. The values go to the directory, PersonDetailsChanged (naming the
 * fields, never the values) to the log; if the append fails the directory gets the old values
 * back. A new email ends the person's sessions and unused emailed links (see changeDetails).
 */
@CommandHandler(ChangePersonDetailsCommand)
export class ChangePersonDetailsHandler implements ICommandHandler<ChangePersonDetailsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
  ) {}

  async execute({ origin, personId, change }: ChangePersonDetailsCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const entry = this.directory.findById(personId);
    if (!entry || entry.trustId !== trustId) throw new NotFoundError('Person', personId);
    if (change.name === undefined && change.email === undefined)
      throw new InvalidValueError('name', 'give at least one of name and email to change');
    refuseCredentialsForErased(Boolean(entry.erasedAt));
    const name = change.name?.replace(/\s+/g, ' ').trim();
    const email = change.email?.trim();
    const fields: PersonDetailField[] = [];
    if (name !== undefined && name !== entry.name) fields.push('name');
    if (email !== undefined && email !== entry.email) fields.push('email');
    const newer = {
      ...(fields.includes('name') ? { name } : {}),
      ...(fields.includes('email') ? { email } : {}),
    };
    if (fields.length > 0) this.directory.changeDetails(personId, newer);
    try {
      const result = await this.executor.execute(
        personDecider,
        streamIds.person(personId),
        { type: 'RecordDetailsChanged', personId, trustId, fields },
        commandOrigin(origin, trustId),
      );
      return { id: personId, position: result.position, changed: result.changed };
    } catch (error) {
      if (fields.length > 0)
        this.directory.changeDetails(personId, {
          ...(fields.includes('name') && entry.name !== null ? { name: entry.name } : {}),
          ...(fields.includes('email') && entry.email !== null ? { email: entry.email } : {}),
        });
      throw error;
    }
  }
}
