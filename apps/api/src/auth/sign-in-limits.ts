import { FEW_TRIES, RateLimit } from './login-rate-limiter';
import { ThrottlePolicy } from './throttle-policy';

/** Failures from one address, whichever accounts it tries: stops a spray. */
export const ADDRESS_POLICY: ThrottlePolicy = { kind: 'lock', maxFailures: 20 };

/**
 * Failures at one account from every address it has not signed in from: a guesser with many
 * addresses is slowed (2 s after the tenth failure, doubling to at most a minute between
 * attempts) but nobody is locked out, and the owner's known addresses are not slowed at all.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  kind: 'slow',
  freeFailures: 10,
  firstDelayMs: 2_000,
  maxDelayMs: 60_000,
};

export interface SignInOrigin {
  /** The email's fingerprint: an account, or an address nobody has. */
  account: string;
  /** The client's throttle address (see throttleAddress). */
  address: string;
  /** The account's owner has signed in from this address lately. */
  known: boolean;
}

export const pairKey = ({ account, address }: SignInOrigin) => `pair:${account}@${address}`;

/**
 * The limits a password attempt counts against. Only failures from the same address can make
 * the owner wait there: the pair (a few tries, then a wait) and the address (a spray). Failures
 * from other addresses only slow the account elsewhere.
 */
export function passwordLimits(origin: SignInOrigin): RateLimit[] {
  return [
    { key: pairKey(origin), policy: FEW_TRIES },
    { key: `ip:${origin.address}`, policy: ADDRESS_POLICY },
    {
      key: `account:${origin.account}`,
      policy: origin.known ? { kind: 'count' } : ACCOUNT_POLICY,
    },
  ];
}

/**
 * The limit on one-time codes, tried only after the right password. Five wrong codes per 15
 * minutes per account from all unfamiliar addresses together (rotating addresses does not
 * help a guesser), and five more at each of the owner's known addresses, so someone who has
 * the password cannot also keep the owner out.
 */
export function codeLimits(personId: string, origin: SignInOrigin): RateLimit[] {
  const key = origin.known ? `sign-in-code:${personId}@${origin.address}` : `sign-in-code:${personId}`;
  return [{ key, policy: FEW_TRIES }];
}
