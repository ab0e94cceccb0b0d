import { SystemClock } from '../clock/clock';
import { AccessClaims, AccessTokens } from './access-tokens';
import { sha256 } from './server-secrets';
import { VerifiedTokens } from './verified-tokens';

const secrets = (tokenSecret: string) => ({ tokenSecret, operatorTokenHash: sha256('operator') });
const claims: AccessClaims = { sub: 'person-1', tid: 'trust-1', sv: 3, amr: ['pwd'] };

describe('AccessTokens.verify', () => {
  afterEach(() => jest.useRealTimers());

  it('answers the same claims for a token presented again, and nothing for a forged one', () => {
    const tokens = new AccessTokens(secrets('secret-a'), new SystemClock());
    const { accessToken } = tokens.issue(claims);
    expect(tokens.verify(accessToken)).toEqual(claims);
    expect(tokens.verify(accessToken)).toEqual(claims);
    const forged = accessToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(tokens.verify(forged)).toBeUndefined();
    expect(tokens.verify(forged)).toBeUndefined();
  });

  it('refuses a token signed with another key, even one this server verified for someone else', () => {
    const other = new AccessTokens(secrets('secret-b'), new SystemClock());
    const tokens = new AccessTokens(secrets('secret-a'), new SystemClock());
    expect(tokens.verify(other.issue(claims).accessToken)).toBeUndefined();
  });

  it('refuses a token it verified before once its expiry has passed', () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T09:00:00Z') });
    const tokens = new AccessTokens(secrets('secret-a'), new SystemClock());
    const { accessToken } = tokens.issue(claims, 60);
    expect(tokens.verify(accessToken)).toEqual(claims);
    jest.setSystemTime(new Date('2026-12-07T09:00:59Z'));
    expect(tokens.verify(accessToken)).toEqual(claims);
    jest.setSystemTime(new Date('2026-12-07T09:01:00Z'));
    expect(tokens.verify(accessToken)).toBeUndefined();
    expect(tokens.verify(accessToken)).toBeUndefined();
  });

  it('hands out frozen claims, so one request cannot change what the next is given', () => {
    const tokens = new AccessTokens(secrets('secret-a'), new SystemClock());
    const { accessToken } = tokens.issue(claims);
    const verified = tokens.verify(accessToken) as AccessClaims;
    expect(Object.isFrozen(verified)).toBe(true);
    expect(Object.isFrozen(verified.amr)).toBe(true);
  });
});

describe('VerifiedTokens', () => {
  it('keeps at most its capacity, forgetting the least recently kept first', () => {
    const kept = new VerifiedTokens<string>(2);
    kept.set('a', 'A', 100);
    kept.set('b', 'B', 100);
    kept.set('c', 'C', 100);
    expect(kept.size).toBe(2);
    expect(kept.get('a', 0)).toBeUndefined();
    expect(kept.get('c', 0)).toBe('C');
  });

  it('drops an entry found expired', () => {
    const kept = new VerifiedTokens<string>();
    kept.set('a', 'A', 100);
    expect(kept.get('a', 99)).toBe('A');
    expect(kept.get('a', 100)).toBeUndefined();
    expect(kept.size).toBe(0);
  });
});
