import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { SignedIn } from '@governance/contracts';
import { Clock } from '../clock/clock';
import { PeopleDirectory } from '../directory/people-directory';
import { LinkRefused, SignInLinks } from '../directory/sign-in-links';
import { AccessTokens, AuthenticationMethod } from '../auth/access-tokens';
import { throttleAddress } from '../auth/client-address';
import { KnownSignInAddresses } from '../auth/known-sign-in-addresses';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { SecondFactor } from '../auth/second-factor';
import { SecurityLog } from '../auth/security-log';
import { linkProblem } from './link-problems';
import { beginTokenAttempt } from './link-throttle';

export class ConsumeSignInLinkCommand extends Command<SignedIn> {
  constructor(
    readonly token: string,
    readonly totp: string | undefined,
    readonly ip: string,
  ) {
    super();
  }
}

/**
 * Signs in with an emailed link. The link stands in for the password, never for the second
 * factor: a person with two-step sign-in must also give their code (a missing or wrong code
 * leaves the link unspent, to try again within its 15 minutes), and a trust admin whose trust
 * requires two-step sign-in but who has none yet gets the same enrolment-only session as after
 * a password. So anyone may use a link (staff, as API.md says, and everyone else), and nobody
 * gets around two-step sign-in with one.
 */
@CommandHandler(ConsumeSignInLinkCommand)
export class ConsumeSignInLinkHandler implements ICommandHandler<ConsumeSignInLinkCommand> {
  constructor(
    private readonly links: SignInLinks,
    private readonly directory: PeopleDirectory,
    private readonly secondFactor: SecondFactor,
    private readonly tokens: AccessTokens,
    private readonly limiter: LoginRateLimiter,
    private readonly knownAddresses: KnownSignInAddresses,
    private readonly log: SecurityLog,
    private readonly clock: Clock,
  ) {}

  async execute({ token, totp, ip }: ConsumeSignInLinkCommand): Promise<SignedIn> {
    const attempt = beginTokenAttempt(this.limiter, ip);
    let holder;
    try {
      holder = this.links.check(token, ['email-link'], this.clock.now());
    } catch (error) {
      if (!(error instanceof LinkRefused)) throw error;
      this.log.record({ event: 'sign-in', method: 'email-link', outcome: 'failure', reason: `link-${error.reason}`, ip });
      throw linkProblem(error.reason);
    }
    this.limiter.succeeded(attempt);
    const entry = this.directory.findById(holder.personId);
    if (!entry || entry.erasedAt) throw linkProblem('unknown');
    const where = { personId: entry.personId, trustId: entry.trustId, ip, method: 'email-link' };
    const methods: AuthenticationMethod[] = ['email'];
    const secret = await this.secondFactor.secretOf(entry.personId);
    if (secret !== undefined) {
      const address = throttleAddress(ip);
      const origin = { account: entry.personId, address, known: this.knownAddresses.isKnown(entry.personId, address) };
      this.secondFactor.requireCode(secret, totp, origin, where);
      methods.push('otp');
    }
    try {
      this.links.spend(token, ['email-link'], this.clock.now());
    } catch (error) {
      if (error instanceof LinkRefused) throw linkProblem(error.reason);
      throw error;
    }
    this.knownAddresses.remember(entry.personId, throttleAddress(ip));
    const mfaEnrolmentRequired = await this.secondFactor.mustEnrol(entry.personId, entry.trustId, methods);
    const issued = this.tokens.issue({ sub: entry.personId, tid: entry.trustId, sv: entry.sessionVersion, amr: methods });
    this.log.record({
      event: 'sign-in',
      outcome: 'success',
      ...where,
      methods,
      ...(mfaEnrolmentRequired ? { restrictedTo: 'mfa-enrolment' } : {}),
    });
    return { ...issued, mfaEnrolmentRequired };
  }
}
