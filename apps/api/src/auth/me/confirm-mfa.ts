import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, requireEnrolmentCode, requirePendingMfaSecret, streamIds } from '@governance/domain';
import { CommandExecutor } from '../../commands/command-executor';
import { PeopleDirectory } from '../../directory/people-directory';
import { TotpSecrets } from '../../directory/totp-secrets';
import { commandOrigin, WriteOutcome } from '../../trusts/write-answer';
import { AccessTokens, IssuedToken } from '../access-tokens';
import { RequestOrigin } from '../command-origin.decorator';
import { SecurityLog } from '../security-log';
import { CodeAttempts } from './code-attempts';
import { signedInPerson } from './signed-in-person';

export class ConfirmMfaCommand extends Command<WriteOutcome & IssuedToken> {
  constructor(
    readonly origin: RequestOrigin,
    readonly code: string,
  ) {
    super();
  }
}

/**
 * A right code from the pending secret activates it and records MfaEnrolled. Other sessions
 * end; the answer carries a new token that counts as signed in with both factors.
 */
@CommandHandler(ConfirmMfaCommand)
export class ConfirmMfaHandler implements ICommandHandler<ConfirmMfaCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
    private readonly totp: TotpSecrets,
    private readonly attempts: CodeAttempts,
    private readonly tokens: AccessTokens,
    private readonly log: SecurityLog,
  ) {}

  async execute({ origin, code }: ConfirmMfaCommand): Promise<WriteOutcome & IssuedToken> {
    const { personId, trustId } = signedInPerson(origin.actor);
    const secret = requirePendingMfaSecret(this.totp.pending(personId));
    const attempt = this.attempts.begin('mfa', personId);
    const matched = this.attempts.step(secret, code);
    if (matched === undefined) {
      this.log.record({
        event: 'mfa-enrolment',
        outcome: 'failure',
        reason: 'mfa-code-wrong',
        personId,
        trustId,
      });
    }
    const step = requireEnrolmentCode(matched);
    // The directory first, then the log: until MfaEnrolled is recorded the secret does not count
    // (MfaFromLog), and if recording fails or the process dies it is undone (here, or at start-up).
    const before = this.totp.snapshot(personId);
    this.totp.activate(personId, step);
    let result;
    try {
      result = await this.executor.execute(
        personDecider,
        streamIds.person(personId),
        { type: 'EnrolMfa', personId, trustId },
        commandOrigin(origin, trustId),
      );
    } catch (error) {
      this.totp.restore(personId, before);
      throw error;
    }
    this.attempts.succeeded(attempt);
    this.log.record({ event: 'mfa-enrolment', outcome: 'success', personId, trustId });
    const sessionVersion = this.directory.findById(personId)?.sessionVersion ?? 0;
    const token = this.tokens.issue({
      sub: personId,
      tid: trustId,
      sv: sessionVersion,
      amr: ['pwd', 'otp'],
    });
    return { id: personId, position: result.position, changed: result.changed, ...token };
  }
}
