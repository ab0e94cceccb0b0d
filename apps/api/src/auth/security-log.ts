import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../clock/clock';

export type SecurityOutcome = 'success' | 'failure' | 'refused';

/** One structured line per sign-in, failure or refusal. Never a password, code or token. */
export interface SecurityEvent {
  event: string;
  outcome: SecurityOutcome;
  reason?: string;
  personId?: string;
  /** Keyed hash of the email address, when the person is not (yet) known. */
  emailHash?: string;
  trustId?: string;
  ip?: string;
  [detail: string]: unknown;
}

@Injectable()
export class SecurityLog {
  private readonly logger = new Logger('Security');

  constructor(private readonly clock: Clock) {}

  record(entry: SecurityEvent): void {
    const line = { at: this.clock.now().toISOString(), ...entry };
    if (entry.outcome === 'success') this.logger.log(line);
    else this.logger.warn(line);
  }
}
