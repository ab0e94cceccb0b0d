import { Attempt, LoginRateLimiter } from '../auth/login-rate-limiter';
import { throttleAddress } from '../auth/client-address';
import { ADDRESS_POLICY } from '../auth/sign-in-limits';

/**
 * Tokens cannot be guessed (256 bits), but a client trying many is refused all the same: 20
 * tokens that do not work from one address in 15 minutes, then 429. A token that works is forgiven.
 */
export function beginTokenAttempt(limiter: LoginRateLimiter, ip: string): Attempt {
  return limiter.begin([{ key: `link-token:${throttleAddress(ip)}`, policy: ADDRESS_POLICY }]);
}
