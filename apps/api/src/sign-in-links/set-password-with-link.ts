import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidValueError, personDecider, streamIds } from '@governance/domain';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock/clock';
import { CommandExecutor } from '../commands/command-executor';
import { PeopleDirectory } from '../directory/people-directory';
import { LinkRefused, SignInLinks } from '../directory/sign-in-links';
import { hashPassword } from '../auth/password-hashing';
import { passwordProblem } from '../auth/password-policy';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { SecurityLog } from '../auth/security-log';
import { PersonReader } from '../people/person-reader';
import { linkProblem } from './link-problems';
import { beginTokenAttempt } from './link-throttle';

export interface PasswordSetAnswer {
  /** The address to sign in with: the holder of the link was sent it there. */
  email: string;
}

export class SetPasswordWithLinkCommand extends Command<PasswordSetAnswer> {
  constructor(
    readonly token: string,
    readonly password: string,
    readonly ip: string,
  ) {
    super();
  }
}

/**
 * Spends an invitation or password-reset link: a new password (every earlier session ends) and
 * PasswordSetWithLink in the log, written by the person themselves. It does not sign in: the
 * web app signs in with the new password, so two-step sign-in is asked for as at any sign-in.
 * A password the policy refuses leaves the link unspent, to try again.
 */
@CommandHandler(SetPasswordWithLinkCommand)
export class SetPasswordWithLinkHandler implements ICommandHandler<SetPasswordWithLinkCommand> {
  constructor(
    private readonly links: SignInLinks,
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
    private readonly executor: CommandExecutor,
    private readonly limiter: LoginRateLimiter,
    private readonly log: SecurityLog,
    private readonly clock: Clock,
  ) {}

  async execute({ token, password, ip }: SetPasswordWithLinkCommand): Promise<PasswordSetAnswer> {
    const attempt = beginTokenAttempt(this.limiter, ip);
    const purposes = ['invitation', 'password-reset'] as const;
    let holder;
    try {
      holder = this.links.check(token, purposes, this.clock.now());
    } catch (error) {
      if (!(error instanceof LinkRefused)) throw error;
      this.log.record({ event: 'password-link', outcome: 'failure', reason: `link-${error.reason}`, ip });
      throw linkProblem(error.reason);
    }
    this.limiter.succeeded(attempt);
    const entry = this.directory.findById(holder.personId);
    const person = await this.people.load(holder.personId);
    if (!entry || entry.erasedAt || !entry.email || !person.exists) throw linkProblem('unknown');
    const problem = passwordProblem(password, { name: entry.name ?? undefined, email: entry.email });
    if (problem) throw new InvalidValueError('password', `password ${problem}`);
    const passwordHash = await hashPassword(password);
    try {
      this.links.spend(token, purposes, this.clock.now());
    } catch (error) {
      if (error instanceof LinkRefused) throw linkProblem(error.reason);
      throw error;
    }
    const via = holder.purpose === 'invitation' ? 'invitation' : 'password-reset';
    const correlationId = randomUUID();
    try {
      await this.executor.execute(
        personDecider,
        streamIds.person(holder.personId),
        { type: 'RecordPasswordSetWithLink', personId: holder.personId, trustId: entry.trustId, via },
        {
          trustId: entry.trustId,
          actor: { kind: 'person', actorId: entry.personId, personId: entry.personId, trustId: entry.trustId, roles: [...person.roles] },
          correlationId,
        },
      );
    } catch (error) {
      this.links.unspend(token);
      throw error;
    }
    this.directory.setPasswordHash(holder.personId, passwordHash);
    this.log.record({ event: 'password-link', outcome: 'success', via, personId: entry.personId, trustId: entry.trustId, ip });
    return { email: entry.email };
  }
}
