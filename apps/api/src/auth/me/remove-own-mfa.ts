import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { holdsAdminRole, personDecider, refuseMfaRemovalRequiredByTrust, requireRemovalCode, streamIds } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { Inject } from '@nestjs/common';
import { CommandExecutor } from '../../commands/command-executor';
import { PeopleDirectory } from '../../directory/people-directory';
import { TotpSecrets } from '../../directory/totp-secrets';
import { TrustReader } from '../../trusts/trust-reader';
import { commandOrigin, WriteOutcome } from '../../trusts/write-answer';
import { MfaFromLog } from '../mfa-from-log';
import { AccessTokens, IssuedToken } from '../access-tokens';
import { RequestOrigin } from '../command-origin.decorator';
import { SecurityLog } from '../security-log';
import { CodeAttempts } from './code-attempts';
import { signedInPerson } from './signed-in-person';

export class RemoveOwnMfaCommand extends Command<WriteOutcome & IssuedToken> {
  constructor(
    readonly origin: RequestOrigin,
    readonly code: string,
  ) {
    super();
  }
}

/** A person turns their second factor off, proving it with a current code, unless their trust requires it. */
@CommandHandler(RemoveOwnMfaCommand)
export class RemoveOwnMfaHandler implements ICommandHandler<RemoveOwnMfaCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
    private readonly totp: TotpSecrets,
    private readonly mfa: MfaFromLog,
    private readonly trusts: TrustReader,
    private readonly attempts: CodeAttempts,
    private readonly tokens: AccessTokens,
    private readonly log: SecurityLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ origin, code }: RemoveOwnMfaCommand): Promise<WriteOutcome & IssuedToken> {
    const actor = signedInPerson(origin.actor);
    const { personId, trustId } = actor;
    const trust = await this.trusts.load(trustId);
    refuseMfaRemovalRequiredByTrust({
      trustRequiresMfaForAdmins: trust.exists && trust.requireMfaForAdmins,
      isTrustAdmin: holdsAdminRole(actor.roles),
    });
    // A secret the log already says was removed (an earlier removal cut short) goes now.
    await this.mfa.dropIfRemoved(personId);
    const secret = await this.mfa.activeSecret(personId);
    if (!secret) {
      return { id: personId, position: await this.store.headPosition(), changed: false, ...this.passwordSession(personId, trustId) };
    }
    const attempt = this.attempts.begin('mfa', personId);
    const step = this.attempts.step(secret, code);
    requireRemovalCode(step !== undefined && this.totp.useStep(personId, step));
    this.attempts.succeeded(attempt);
    // The log first, then the directory: a crash between them leaves a secret the log says is
    // off, which sign-in ignores and start-up drops (MfaFromLog, MfaReconciler).
    const result = await this.executor.execute(
      personDecider,
      streamIds.person(personId),
      { type: 'RemoveMfa', personId, trustId, reason: 'removed-by-person' },
      commandOrigin(origin, trustId),
    );
    this.totp.remove(personId);
    this.log.record({ event: 'mfa-removal', outcome: 'success', personId, trustId });
    return { id: personId, position: result.position, changed: result.changed, ...this.passwordSession(personId, trustId) };
  }

  /** A new token for the person, now signed in by password alone. */
  private passwordSession(personId: string, trustId: string): IssuedToken {
    const sessionVersion = this.directory.findById(personId)?.sessionVersion ?? 0;
    return this.tokens.issue({ sub: personId, tid: trustId, sv: sessionVersion, amr: ['pwd'] });
  }
}
