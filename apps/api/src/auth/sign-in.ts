import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../clock/clock';
import { PeopleDirectory } from '../directory/people-directory';
import { AccessTokens, AuthenticationMethod } from './access-tokens';
import { invalidCredentials } from './auth-problems';
import { EmailFingerprints } from './email-fingerprints';
import { throttleAddress } from './client-address';
import { KnownSignInAddresses } from './known-sign-in-addresses';
import { Attempt, LoginRateLimiter, RateLimit } from './login-rate-limiter';
import {
  dummyPasswordHash,
  hashNeedsUpgrade,
  hashPassword,
  verifyPassword,
} from './password-hashing';
import { SecurityLog } from './security-log';
import { beginLogged, SecondFactor } from './second-factor';
import { pairKey, passwordLimits, SignInOrigin } from './sign-in-limits';
import type { SignedIn } from '@governance/contracts';

export interface SignInRequest {
  email: string;
  password: string;
  totp?: string;
  ip: string;
}

export type { SignedIn };

/**
 * Sign-in is a write: it counts failures, remembers addresses, spends one-time codes and may
 * upgrade the stored password hash, so it goes through the command bus like every other write.
 */
export class SignInCommand extends Command<SignedIn> {
  constructor(readonly request: SignInRequest) {
    super();
  }
}

/**
 * Password sign-in with an optional second factor. An unknown email and a wrong password get
 * the same answer after the same argon2 work. Failures count per account and address, per
 * address and per account (see sign-in-limits.ts): a stranger's guesses elsewhere never lock
 * the owner out of the places they sign in from.
 */
@CommandHandler(SignInCommand)
export class SignInHandler implements ICommandHandler<SignInCommand> {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly secondFactor: SecondFactor,
    private readonly tokens: AccessTokens,
    private readonly limiter: LoginRateLimiter,
    private readonly knownAddresses: KnownSignInAddresses,
    private readonly fingerprints: EmailFingerprints,
    private readonly log: SecurityLog,
    private readonly clock: Clock,
  ) {}

  async execute({ request }: SignInCommand): Promise<SignedIn> {
    const emailHash = this.fingerprints.of(request.email);
    const address = throttleAddress(request.ip);
    const entry = this.directory.findByEmail(request.email);
    const origin: SignInOrigin = {
      account: emailHash,
      address,
      known: entry !== undefined && this.knownAddresses.isKnown(entry.personId, address),
    };
    const attempt = this.begin(passwordLimits(origin), { emailHash, ip: request.ip });

    const passwordOk = await verifyPassword(
      entry?.passwordHash ?? (await dummyPasswordHash()),
      request.password,
    );
    if (!entry?.passwordHash || !passwordOk) {
      const reason = !entry
        ? 'unknown-email'
        : entry.passwordHash
          ? 'wrong-password'
          : 'no-password-set';
      this.log.record({
        event: 'sign-in',
        outcome: 'failure',
        reason,
        emailHash,
        personId: entry?.personId,
        ip: request.ip,
      });
      throw invalidCredentials();
    }

    // The password was right: this attempt was no failed guess, whatever the code turns out to be.
    this.limiter.succeeded(attempt);
    const methods: AuthenticationMethod[] = ['pwd'];
    // A code is asked for only while the log says MFA is on (see MfaFromLog).
    const secret = await this.secondFactor.secretOf(entry.personId);
    if (secret !== undefined) {
      const where = { personId: entry.personId, trustId: entry.trustId, ip: request.ip };
      this.secondFactor.requireCode(secret, request.totp, origin, where);
      methods.push('otp');
    }
    // Signed in: this address's earlier failures at the account are forgiven, and it is known.
    this.limiter.clear([pairKey(origin)]);
    this.knownAddresses.remember(entry.personId, origin.address);
    if (hashNeedsUpgrade(entry.passwordHash)) {
      this.directory.upgradePasswordHash(entry.personId, await hashPassword(request.password));
    }

    const mfaEnrolmentRequired = await this.secondFactor.mustEnrol(entry.personId, entry.trustId, methods);
    const issued = this.tokens.issue({
      sub: entry.personId,
      tid: entry.trustId,
      sv: entry.sessionVersion,
      amr: methods,
    });
    this.log.record({
      event: 'sign-in',
      outcome: 'success',
      personId: entry.personId,
      trustId: entry.trustId,
      ip: request.ip,
      methods,
      ...(mfaEnrolmentRequired ? { restrictedTo: 'mfa-enrolment' } : {}),
    });
    return { ...issued, mfaEnrolmentRequired };
  }

  /** Counts the attempt before any checking, so parallel guesses cannot outrun the limit. */
  private begin(limits: RateLimit[], who: Record<string, string>): Attempt {
    return beginLogged(this.limiter, this.log, limits, who);
  }
}
