import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../clock/clock';
import { PeopleDirectory } from '../directory/people-directory';
import { SignInLinks } from '../directory/sign-in-links';
import { throttleAddress } from '../auth/client-address';
import { EmailFingerprints } from '../auth/email-fingerprints';
import { FEW_TRIES, LoginRateLimiter } from '../auth/login-rate-limiter';
import { ADDRESS_POLICY } from '../auth/sign-in-limits';
import { SecurityLog } from '../auth/security-log';
import { TooManyAttemptsError } from '../auth/too-many-attempts';
import { LinkMailer } from './link-mailer';

export type RequestedLink = 'password-reset' | 'email-link';

export interface LinkRequested {
  message: string;
}

export class RequestLinkCommand extends Command<LinkRequested> {
  constructor(
    readonly purpose: RequestedLink,
    readonly email: string,
    readonly ip: string,
  ) {
    super();
  }
}

/** At most this many link emails per address-and-account pair in 15 minutes. */
const PER_ACCOUNT_EMAILS = 3;

/**
 * Someone asks for a password-reset or sign-in link. The answer is the same whatever the email
 * (known, unknown, erased): the work that depends on it (looking the link up, queueing the email)
 * is the directory lookup and one insert, and the email is composed and sent after the answer.
 * Every request counts against the address (5 per email and 20 in all per 15 minutes, then 429,
 * for known and unknown emails alike); beyond 3 emails per account in 15 minutes from anywhere,
 * requests are still answered 202 but send nothing, so nobody can flood someone's inbox.
 * Nothing is appended: asking is not a change to the trust's record (the security log has it).
 */
@CommandHandler(RequestLinkCommand)
export class RequestLinkHandler implements ICommandHandler<RequestLinkCommand> {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly links: SignInLinks,
    private readonly mailer: LinkMailer,
    private readonly limiter: LoginRateLimiter,
    private readonly fingerprints: EmailFingerprints,
    private readonly log: SecurityLog,
    private readonly clock: Clock,
  ) {}

  async execute({ purpose, email, ip }: RequestLinkCommand): Promise<LinkRequested> {
    const emailHash = this.fingerprints.of(email);
    const address = throttleAddress(ip);
    const event = `${purpose}-request`;
    try {
      this.limiter.begin([
        { key: `link-request:${emailHash}@${address}`, policy: FEW_TRIES },
        { key: `link-request-ip:${address}`, policy: ADDRESS_POLICY },
      ]);
    } catch (error) {
      if (error instanceof TooManyAttemptsError)
        this.log.record({ event, outcome: 'refused', reason: 'rate-limited', emailHash, ip });
      throw error;
    }
    const answer = {
      message: 'If this email address has an account, we have sent it a link. Check your inbox (and your junk folder).',
    };
    const entry = this.directory.findByEmail(email);
    if (!entry || entry.erasedAt || !entry.email) {
      this.log.record({ event, outcome: 'failure', reason: 'unknown-email', emailHash, ip });
      return answer;
    }
    if (!this.withinAccountLimit(emailHash)) {
      this.log.record({ event, outcome: 'refused', reason: 'too-many-emails', personId: entry.personId, ip });
      return answer;
    }
    const link = this.links.issue(entry.personId, purpose, this.clock.now());
    this.log.record({ event, outcome: 'success', personId: entry.personId, trustId: entry.trustId, ip });
    void this.mailer.send(entry, purpose, link);
    return answer;
  }

  private withinAccountLimit(emailHash: string): boolean {
    try {
      this.limiter.begin([
        { key: `link-emails:${emailHash}`, policy: { kind: 'lock', maxFailures: PER_ACCOUNT_EMAILS } },
      ]);
      return true;
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return false;
      throw error;
    }
  }
}
