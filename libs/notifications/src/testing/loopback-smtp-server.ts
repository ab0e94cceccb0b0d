import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

/** A message as the test SMTP server received it. */
export interface ReceivedEmail {
  to: string[];
  from: string;
  messageId: string;
  subject: string;
  /** The body, decoded from quoted-printable when it was sent so. */
  text: string;
  raw: string;
  /** True when the server answered 250 (accepted); false when it was refused or cut off. */
  accepted: boolean;
}

/** What the server does with a message once it has read it. */
export type Verdict =
  | { kind: 'accept' }
  | { kind: 'refuse'; code: number; message: string }
  /** Runs `then` after reading the data, before answering; the answer follows only if `then` resolves `true`. */
  | { kind: 'hold'; then: (email: ReceivedEmail) => Promise<boolean> };

/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 for tests: it keeps every
 * message it read and answers each as `verdict` says (accept by default).
 */
export class LoopbackSmtpServer {
  readonly received: ReceivedEmail[] = [];
  verdict: (email: ReceivedEmail) => Verdict = () => ({ kind: 'accept' });
  private readonly server: SMTPServer;
  private listeners: (() => void)[] = [];

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => void this.read(stream, session, callback),
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Messages the server accepted. */
  get accepted(): ReceivedEmail[] {
    return this.received.filter((email) => email.accepted);
  }

  /** Resolves once `count` messages were accepted (the test's own timeout bounds the wait). */
  async waitForAccepted(count: number): Promise<ReceivedEmail[]> {
    while (this.accepted.length < count) await new Promise<void>((resolve) => this.listeners.push(resolve));
    return this.accepted;
  }

  private async read(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const email: ReceivedEmail = {
      to: session.envelope.rcptTo.map((r) => r.address),
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      messageId: header(raw, 'Message-ID'),
      subject: header(raw, 'Subject'),
      text: bodyText(raw),
      raw,
      accepted: false,
    };
    this.received.push(email);
    const verdict = this.verdict(email);
    if (verdict.kind === 'refuse') {
      callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
    } else if (verdict.kind === 'hold') {
      if (await verdict.then(email)) this.accept(email, callback);
    } else {
      this.accept(email, callback);
    }
  }

  private accept(email: ReceivedEmail, callback: (error?: Error | null) => void): void {
    email.accepted = true;
    callback();
    const waiting = this.listeners;
    this.listeners = [];
    waiting.forEach((wake) => wake());
  }
}

/** The body of a single-part message, quoted-printable decoded when so encoded (enough for plain reminders). */
function bodyText(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (!/^Content-Transfer-Encoding:\s*quoted-printable/im.test(head)) return body.replace(/\r\n/g, '\n');
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** An unfolded header value (subjects with non-ASCII text stay MIME-encoded). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head);
  return match ? match[1].trim() : '';
}
