import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { holdsAdminRole } from '@governance/domain';
import type { SignedIn } from '@governance/contracts';
import { Clock } from '../clock/clock';
import { PeopleDirectory } from '../directory/people-directory';
import { LinkRefused, SignInLinks } from '../directory/sign-in-links';
import { TotpSecrets } from '../directory/totp-secrets';
import { AccessTokens, AuthenticationMethod } from '../auth/access-tokens';
import { mfaCodeNeeded, mfaCodeWrong } from '../auth/auth-problems';
import { throttleAddress } from '../auth/client-address';
import { KnownSignInAddresses } from '../auth/known-sign-in-addresses';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { MfaFromLog } from '../auth/mfa-from-log';
import { SecurityLog } from '../auth/security-log';
import { codeLimits } from '../auth/sign-in-limits';
import { totpStep } from '../auth/totp';
import { PersonReader } from '../people/person-reader';
import { TrustReader } from '../trusts/trust-reader';
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
    private readonly totp: TotpSecrets,
    private readonly mfa: MfaFromLog,
    private readonly people: PersonReader,
    private readonly trusts: TrustReader,
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
    const secret = await this.mfa.activeSecret(entry.personId);
    if (secret !== undefined) {
      if (!totp) {
        this.log.record({ event: 'sign-in', outcome: 'refused', reason: 'mfa-code-missing', ...where });
        throw mfaCodeNeeded();
      }
      const address = throttleAddress(ip);
      const known = this.knownAddresses.isKnown(entry.personId, address);
      const codeAttempt = this.limiter.begin(codeLimits(entry.personId, { account: entry.personId, address, known }));
      const step = totpStep(secret, totp, this.clock.now());
      if (step === undefined || !this.totp.useStep(entry.personId, step)) {
        this.log.record({ event: 'sign-in', outcome: 'failure', reason: 'mfa-code-wrong', ...where });
        throw mfaCodeWrong();
      }
      this.limiter.succeeded(codeAttempt);
      methods.push('otp');
    }
    try {
      this.links.spend(token, ['email-link'], this.clock.now());
    } catch (error) {
      if (error instanceof LinkRefused) throw linkProblem(error.reason);
      throw error;
    }
    this.knownAddresses.remember(entry.personId, throttleAddress(ip));
    const mfaEnrolmentRequired = secret === undefined && (await this.mustEnrolMfa(entry.personId, entry.trustId));
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

  private async mustEnrolMfa(personId: string, trustId: string): Promise<boolean> {
    const [trust, person] = await Promise.all([this.trusts.load(trustId), this.people.load(personId)]);
    return trust.exists && trust.requireMfaForAdmins && person.exists && holdsAdminRole(person.roles);
  }
}
