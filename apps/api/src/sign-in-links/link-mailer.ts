import { Inject, Injectable, Logger } from '@nestjs/common';
import { Outbox, OutboxDispatcher, reminderMessageId } from '@governance/notifications';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { DirectoryPerson } from '../directory/people-directory';
import type { IssuedLink, LinkPurpose } from '../directory/sign-in-links';
import { TrustReader } from '../trusts/trust-reader';
import { linkEmail, linkUrl } from './link-emails';

/**
 * Puts a link email in the outbox (its body marked secret, so it is blanked once sent) and
 * starts sending at once, without waiting: the answer to the request does not depend on the
 * mail server, and takes the same time whether or not an email was queued.
 */
@Injectable()
export class LinkMailer {
  private readonly logger = new Logger('SignInLinks');

  constructor(
    private readonly outbox: Outbox,
    private readonly dispatcher: OutboxDispatcher,
    private readonly trusts: TrustReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Never throws: a failure is logged (the person can ask again). */
  async send(person: DirectoryPerson, purpose: LinkPurpose, link: IssuedLink): Promise<void> {
    try {
      await this.enqueue(person, purpose, link);
    } catch (error) {
      this.logger.error(`Queueing a ${purpose} email failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.dispatcher.dispatchDue().catch((error: unknown) => {
      this.logger.error(`Sending a ${purpose} email failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private async enqueue(person: DirectoryPerson, purpose: LinkPurpose, link: IssuedLink): Promise<void> {
    const trust = await this.trusts.load(person.trustId);
    const key = `link:${purpose}:${randomUUID()}`;
    const email = linkEmail(purpose, {
      name: person.name,
      trustName: trust.exists ? trust.name : 'Your trust',
      url: linkUrl(this.config.publicUrl, purpose, link.token),
      expiresAt: link.expiresAt,
    });
    this.outbox.enqueue(
      {
        key,
        trustId: person.trustId,
        personId: person.personId,
        reviewKey: null,
        step: purpose,
        stepOrder: '',
        subject: email.subject,
        body: email.body,
        messageId: reminderMessageId(key, new URL(this.config.publicUrl).hostname),
        secretBody: true,
      },
      this.clock.now(),
    );
  }
}
