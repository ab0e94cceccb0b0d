import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidValueError } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { PeopleDirectory } from '../../directory/people-directory';
import { WriteOutcome } from '../../trusts/write-answer';
import { AccessTokens, IssuedToken } from '../access-tokens';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../password-hashing';
import { passwordProblem } from '../password-policy';
import { RequestSession } from '../request-actor';
import { SecurityLog } from '../security-log';
import { CodeAttempts } from './code-attempts';
import { signedInPerson } from './signed-in-person';

export class ChangeOwnPasswordCommand extends Command<WriteOutcome & IssuedToken> {
  constructor(
    readonly session: RequestSession,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly ip: string,
  ) {
    super();
  }
}

/** Needs the current password; ends every other session and answers with a new token. */
@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand> {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly attempts: CodeAttempts,
    private readonly tokens: AccessTokens,
    private readonly log: SecurityLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({
    session,
    currentPassword,
    newPassword,
    ip,
  }: ChangeOwnPasswordCommand): Promise<WriteOutcome & IssuedToken> {
    const { personId, trustId } = signedInPerson(session.actor);
    const attempt = this.attempts.begin('password', personId);
    const entry = this.directory.findById(personId);
    const ok = await verifyPassword(
      entry?.passwordHash ?? (await dummyPasswordHash()),
      currentPassword,
    );
    if (!entry?.passwordHash || !ok) {
      this.log.record({
        event: 'password-change',
        outcome: 'failure',
        reason: 'wrong-current-password',
        personId,
        trustId,
        ip,
      });
      throw new InvalidValueError(
        'currentPassword',
        'currentPassword is not your current password',
      );
    }
    this.attempts.succeeded(attempt);
    const problem = passwordProblem(newPassword, {
      name: entry.name ?? undefined,
      email: entry.email ?? undefined,
    });
    if (problem) throw new InvalidValueError('newPassword', `newPassword ${problem}`);
    this.directory.setPasswordHash(personId, await hashPassword(newPassword));
    this.log.record({ event: 'password-change', outcome: 'success', personId, trustId, ip });
    const sessionVersion = this.directory.findById(personId)?.sessionVersion ?? 0;
    const token = this.tokens.issue({
      sub: personId,
      tid: trustId,
      sv: sessionVersion,
      amr: session.mfaVerified ? ['pwd', 'otp'] : ['pwd'],
    });
    return { id: personId, position: await this.store.headPosition(), changed: false, ...token };
  }
}
