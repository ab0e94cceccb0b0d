import { Injectable } from '@nestjs/common';
import { Clock } from '../../clock/clock';
import { Attempt, FEW_TRIES, LoginRateLimiter } from '../login-rate-limiter';
import { totpStep } from '../totp';

export type CheckKind = 'mfa' | 'password';

/** Checks of a signed-in person's one-time code or password: five wrong tries per 15 minutes. */
@Injectable()
export class CodeAttempts {
  constructor(
    private readonly limiter: LoginRateLimiter,
    private readonly clock: Clock,
  ) {}

  /** Counts a check up front; throws 429 while the person has too many recent failures of this kind. */
  begin(kind: CheckKind, personId: string): Attempt {
    return this.limiter.begin([{ key: `${kind}:${personId}`, policy: FEW_TRIES }]);
  }

  succeeded(attempt: Attempt): void {
    this.limiter.succeeded(attempt, attempt.keys);
  }

  /** The time step of a right code, or undefined. */
  step(secret: string, code: string): number | undefined {
    return totpStep(secret, code, this.clock.now());
  }
}
