import { Mailer, SendFailure } from '../mail/mailer';
import { nextAttemptAt } from './backoff';
import { Outbox, OutboxMessage } from './outbox';

export interface Recipient {
  address: string;
  name: string | null;
}

export interface DispatchSummary {
  sent: number;
  logged: number;
  retrying: number;
  failed: number;
  cancelled: number;
}

export interface DispatcherOptions {
  outbox: Outbox;
  mailer: Mailer;
  /** The From header, e.g. `Governance tracker <reminders@trust.org.uk>`. */
  from: string;
  /** The person's current address, or undefined when they were erased or have none. */
  recipientOf: (personId: string) => Recipient | undefined;
  log: { log(message: string): void; warn(message: string): void };
  now?: () => Date;
}

const BATCH = 500;

/**
 * Sends what the outbox holds, one message at a time: claim (recorded as `sending`), hand to
 * SMTP, record the outcome. A failure is retried with backoff (outbox/backoff.ts); a permanent
 * refusal or the last failed attempt ends as `failed`. One run at a time per process.
 *
 * The boundary: a crash after the SMTP server accepted a message and before `sent` is recorded
 * leaves it in `sending`; `Outbox.requeueInterrupted` then sends it again with the same
 * Message-ID. So delivery is at least once, and a repeat is recognisable as the same message.
 */
export class OutboxDispatcher {
  private running: Promise<DispatchSummary> = Promise.resolve(emptySummary());
  private readonly now: () => Date;

  constructor(private readonly options: DispatcherOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Sends every message due by `now` (after the run in progress, if any). */
  dispatchDue(now?: Date): Promise<DispatchSummary> {
    this.running = this.running.catch(emptySummary).then(() => this.runOnce(now ?? this.now()));
    return this.running;
  }

  /** Resolves when no run is in progress (for shutdown). */
  async idle(): Promise<void> {
    await this.running.catch(() => undefined);
  }

  private async runOnce(now: Date): Promise<DispatchSummary> {
    const summary = emptySummary();
    for (const message of this.options.outbox.due(now, BATCH)) {
      if (!this.options.outbox.claim(message.key)) continue;
      summary[await this.deliver(message)] += 1;
    }
    return summary;
  }

  private async deliver(message: OutboxMessage): Promise<keyof DispatchSummary> {
    const { outbox, mailer, log } = this.options;
    const recipient = this.options.recipientOf(message.personId);
    if (!recipient) {
      outbox.finish(message.key, 'cancelled', this.now(), 'the recipient has no address (erased or removed)');
      return 'cancelled';
    }
    try {
      await mailer.send({
        to: recipient,
        from: this.options.from,
        subject: message.subject,
        text: message.body,
        messageId: message.messageId,
      });
      const status = mailer.kind === 'smtp' ? 'sent' : 'logged';
      outbox.finish(message.key, status, this.now());
      return status;
    } catch (error) {
      const failure = error instanceof SendFailure ? error : new SendFailure(String(error), false);
      const attempts = message.attempts + 1;
      const retryAt = failure.permanent ? null : nextAttemptAt(attempts, this.now());
      if (retryAt === null) {
        outbox.finish(message.key, 'failed', this.now(), failure.message);
        log.warn(`Reminder ${message.messageId} failed for good after ${attempts} attempt(s): ${failure.message}`);
        return 'failed';
      }
      outbox.retryAt(message.key, retryAt, failure.message);
      log.warn(`Reminder ${message.messageId} not sent (${failure.message}); trying again at ${retryAt.toISOString()}`);
      return 'retrying';
    }
  }
}

function emptySummary(): DispatchSummary {
  return { sent: 0, logged: 0, retrying: 0, failed: 0, cancelled: 0 };
}
