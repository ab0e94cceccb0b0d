import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidValueError, NotFoundError, refuseCredentialsForErased } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { hashPassword } from '../../auth/password-hashing';
import { passwordProblem } from '../../auth/password-policy';
import { PeopleDirectory } from '../../directory/people-directory';
import { routeTrustId, WriteOutcome } from '../../trusts/write-answer';

/**
 * An admin (or the operator, to recover a trust's only admin) sets someone's password.
 * Credentials live only in the directory, so nothing is appended; every session of the person ends.
 */
export class SetPasswordCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
    readonly password: string,
  ) {
    super();
  }
}

@CommandHandler(SetPasswordCommand)
export class SetPasswordHandler implements ICommandHandler<SetPasswordCommand> {
  constructor(
    private readonly directory: PeopleDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ origin, personId, password }: SetPasswordCommand): Promise<WriteOutcome> {
    const entry = this.directory.findById(personId);
    if (!entry || entry.trustId !== routeTrustId(origin))
      throw new NotFoundError('Person', personId);
    refuseCredentialsForErased(Boolean(entry.erasedAt));
    const problem = passwordProblem(password, {
      name: entry.name ?? undefined,
      email: entry.email ?? undefined,
    });
    if (problem) throw new InvalidValueError('password', `password ${problem}`);
    this.directory.setPasswordHash(personId, await hashPassword(password));
    return { id: personId, position: await this.store.headPosition(), changed: false };
  }
}
