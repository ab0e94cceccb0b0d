import { Injectable } from '@nestjs/common';

/**
 * What a person starting the server must read: how to sign in (the demo logins, a generated
 * operator token) and start-up warnings. Written at once by default (the CLI, the tests);
 * main.ts holds it so that it prints as one plain block, after the address to open and before
 * any JSON log line.
 */
@Injectable()
export class StartupNotice {
  private held: { signIn: string[]; warnings: string[] } | null = null;

  /** From now on, keep what is added until take(). */
  hold(): void {
    this.held ??= { signIn: [], warnings: [] };
  }

  /** Sign-in details (stdout). */
  signIn(text: string): void {
    if (this.held) this.held.signIn.push(text);
    else process.stdout.write(`\n${text}\n`);
  }

  /** A warning the operator must act on (stderr). */
  warn(text: string): void {
    if (this.held) this.held.warnings.push(text);
    else process.stderr.write(`\n${text}\n`);
  }

  /** What was held, emptied; holding stops. */
  take(): { signIn: string[]; warnings: string[] } {
    const held = this.held ?? { signIn: [], warnings: [] };
    this.held = null;
    return held;
  }
}
