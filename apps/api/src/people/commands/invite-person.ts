import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, personDecider, streamIds } from '@governance/domain';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { Clock } from '../../clock/clock';
import { CommandExecutor } from '../../commands/command-executor';
import { PeopleDirectory } from '../../directory/people-directory';
import { LINK_LIFETIME_MS, SignInLinks } from '../../directory/sign-in-links';
import { LinkMailer } from '../../sign-in-links/link-mailer';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';

export interface InvitationOutcome extends WriteOutcome {
  expiresAt: string;
}

export class InvitePersonCommand extends Command<InvitationOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly personId: string,
  ) {
    super();
  }
}

/**
 * Emails the person a one-time link to set their password (7 days), replacing any earlier
 * invitation. PersonInvited goes to the log first (the decider refuses an erased person); the
 * link is made and the email queued only once it is recorded. The token never enters the log.
 */
@CommandHandler(InvitePersonCommand)
export class InvitePersonHandler implements ICommandHandler<InvitePersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly directory: PeopleDirectory,
    private readonly links: SignInLinks,
    private readonly mailer: LinkMailer,
    private readonly clock: Clock,
  ) {}

  async execute({ origin, personId }: InvitePersonCommand): Promise<InvitationOutcome> {
    const trustId = routeTrustId(origin);
    const entry = this.directory.findById(personId);
    if (!entry || entry.trustId !== trustId) throw new NotFoundError('Person', personId);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS.invitation).toISOString();
    const result = await this.executor.execute(
      personDecider,
      streamIds.person(personId),
      { type: 'InvitePerson', personId, trustId, expiresAt },
      commandOrigin(origin, trustId),
    );
    const link = this.links.issue(personId, 'invitation', now);
    await this.mailer.send(entry, 'invitation', link);
    return { id: personId, position: result.position, changed: result.changed, expiresAt };
  }
}
