import nodemailer, { Transporter } from 'nodemailer';
import { Mailer, OutgoingEmail, SendFailure } from './mailer';

/** Sends through the SMTP server of SMTP_URL (smtp://user:pass@host:587, smtps://... for TLS). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(url: string) {
    this.transport = nodemailer.createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  }

  async send(email: OutgoingEmail): Promise<void> {
    try {
      const info = await this.transport.sendMail({
        from: email.from,
        to: email.to.name ? { name: email.to.name, address: email.to.address } : email.to.address,
        subject: email.subject,
        text: email.text,
        messageId: email.messageId,
        headers: {
          // RFC 3834: an automatic message; out-of-office replies should not answer it.
          'Auto-Submitted': 'auto-generated',
          'X-Auto-Response-Suppress': 'All',
        },
      });
      if (info.rejected.length > 0) throw new SendFailure('the server refused the recipient', true);
    } catch (error) {
      if (error instanceof SendFailure) throw error;
      const code = (error as { responseCode?: unknown }).responseCode;
      const permanent = typeof code === 'number' && code >= 500;
      throw new SendFailure(describe(error, code), permanent);
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** The server's answer or the connection error, without the message or the address. */
function describe(error: unknown, code: unknown): string {
  const kind = (error as { code?: unknown }).code;
  if (typeof code === 'number') return `SMTP ${code}${typeof kind === 'string' ? ` (${kind})` : ''}`;
  return typeof kind === 'string' ? kind : error instanceof Error ? error.message.slice(0, 200) : 'send failed';
}
