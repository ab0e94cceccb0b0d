import { Injectable } from '@nestjs/common';
import { holdsAdminRole } from '@governance/domain';
import { Clock } from '../clock/clock';
import { TotpSecrets } from '../directory/totp-secrets';
import { PersonReader } from '../people/person-reader';
import { TrustReader } from '../trusts/trust-reader';
import { AuthenticationMethod } from './access-tokens';
import { mfaCodeNeeded, mfaCodeWrong } from './auth-problems';
import { Attempt, LoginRateLimiter, RateLimit } from './login-rate-limiter';
import { MfaFromLog } from './mfa-from-log';
import { SecurityLog } from './security-log';
import { codeLimits, SignInOrigin } from './sign-in-limits';
import { TooManyAttemptsError } from './too-many-attempts';
import { totpStep } from './totp';

/** Who is signing in, for the security log. */
export interface SignInWhere {
  personId: string;
  trustId: string;
  ip: string;
  method?: string;
}

/**
 * The second factor, the same for every way of signing in (a password or an emailed link): a
 * link or a password stands in for the other, never for the code.
 */
@Injectable()
export class SecondFactor {
  constructor(
    private readonly mfa: MfaFromLog,
    private readonly totp: TotpSecrets,
    private readonly people: PersonReader,
    private readonly trusts: TrustReader,
    private readonly limiter: LoginRateLimiter,
    private readonly log: SecurityLog,
    private readonly clock: Clock,
  ) {}

  /** The person's TOTP secret while the log says two-step sign-in is on (see MfaFromLog). */
  secretOf(personId: string): Promise<string | undefined> {
    return this.mfa.activeSecret(personId);
  }

  /**
   * Refuses a missing code (not a failed guess: the app asks for it and tries again) or a wrong
   * one (counted per account and address); a code works once (a replayed step is refused).
   */
  requireCode(secret: string, code: string | undefined, origin: SignInOrigin, where: SignInWhere): void {
    if (!code) {
      this.log.record({ event: 'sign-in', outcome: 'refused', reason: 'mfa-code-missing', ...where });
      throw mfaCodeNeeded();
    }
    const attempt = beginLogged(this.limiter, this.log, codeLimits(where.personId, origin), where);
    const step = totpStep(secret, code, this.clock.now());
    if (step === undefined || !this.totp.useStep(where.personId, step)) {
      this.log.record({ event: 'sign-in', outcome: 'failure', reason: 'mfa-code-wrong', ...where });
      throw mfaCodeWrong();
    }
    this.limiter.succeeded(attempt);
  }

  /** Signed in without a code by a trust admin whose trust requires one: only enrolment is open. */
  async mustEnrol(personId: string, trustId: string, methods: readonly AuthenticationMethod[]): Promise<boolean> {
    if (methods.includes('otp')) return false;
    const [trust, person] = await Promise.all([this.trusts.load(trustId), this.people.load(personId)]);
    return trust.exists && trust.requireMfaForAdmins && person.exists && holdsAdminRole(person.roles);
  }
}

/** Counts an attempt before any checking (so parallel guesses cannot outrun the limit), logging a refusal. */
export function beginLogged(limiter: LoginRateLimiter, log: SecurityLog, limits: RateLimit[], who: object): Attempt {
  try {
    return limiter.begin(limits);
  } catch (error) {
    if (error instanceof TooManyAttemptsError) {
      log.record({ event: 'sign-in', outcome: 'refused', reason: 'rate-limited', ...who, retryAfter: error.retryAfterSeconds });
    }
    throw error;
  }
}
