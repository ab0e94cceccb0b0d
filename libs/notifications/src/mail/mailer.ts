/** One plain-text email, ready to go. */
export interface OutgoingEmail {
  to: { address: string; name?: string | null };
  from: string;
  subject: string;
  text: string;
  /** `<...@...>`: the same reminder always carries the same Message-ID, also when sent again. */
  messageId: string;
}

/** Why a send failed: `permanent` (a 5xx refusal) is not retried. */
export class SendFailure extends Error {
  override readonly name = 'SendFailure';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface Mailer {
  /** `smtp` sends; `log` only records and logs (no SMTP_URL). */
  readonly kind: 'smtp' | 'log';
  /** Resolves once the server accepted the message; throws SendFailure otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** Without SMTP_URL: nothing leaves the server; the dispatcher records the message as `logged`. */
export class LogOnlyMailer implements Mailer {
  readonly kind = 'log' as const;
  constructor(private readonly log: (line: string) => void) {}

  async send(email: OutgoingEmail): Promise<void> {
    // The address is personal data: the log names the message, not the person's email.
    this.log(`Reminder not sent (SMTP_URL is not set): ${email.messageId} "${email.subject}"`);
  }

  close(): void {}
}
