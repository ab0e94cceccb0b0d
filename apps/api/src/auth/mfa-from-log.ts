import { Injectable } from '@nestjs/common';
import { TotpSecrets } from '../directory/totp-secrets';
import { logSaysMfaOn } from '../people/mfa-on';
import { PersonReader } from '../people/person-reader';

/**
 * Whether a person's second factor is on. The log decides (MfaEnrolled / MfaRemoved); the
 * directory only keeps the secret. Every MFA write orders its two stores so that a crash between
 * them leaves the log saying "off" and a secret behind (confirm activates the secret before
 * recording MfaEnrolled; removal and admin reset record MfaRemoved before dropping it), so a
 * secret counts only while the log says MFA is on, and a leftover one is dropped.
 */
@Injectable()
export class MfaFromLog {
  constructor(
    private readonly people: PersonReader,
    private readonly totp: TotpSecrets,
  ) {}

  /** The active secret to check codes against, or undefined when the log says MFA is off. */
  async activeSecret(personId: string): Promise<string | undefined> {
    const secret = this.totp.active(personId);
    if (secret === undefined) return undefined;
    return (await this.logSaysOn(personId)) ? secret : undefined;
  }

  async isOn(personId: string): Promise<boolean> {
    return (await this.activeSecret(personId)) !== undefined;
  }

  /**
   * Drops a secret the log says was removed (the write a crashed removal did not get to). Not
   * done on every read: a confirmation in flight has activated its secret a moment before it
   * records MfaEnrolled, and must not lose it.
   */
  async dropIfRemoved(personId: string): Promise<boolean> {
    if (this.totp.active(personId) === undefined || (await this.logSaysOn(personId))) return false;
    this.totp.remove(personId);
    return true;
  }

  private async logSaysOn(personId: string): Promise<boolean> {
    return logSaysMfaOn(await this.people.load(personId));
  }
}
