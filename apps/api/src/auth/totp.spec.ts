import { base32Decode, base32Encode } from './base32';
import { newTotpSecret, totpCode, totpStep, totpUri } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-24T10:00:10Z');
  const step = Math.floor(now.getTime() / 30_000);
  const at = (offsetSeconds: number) => new Date(now.getTime() + offsetSeconds * 1000);

  it('matches the RFC 6238 test vector (SHA-1, T = 59 s)', () => {
    const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));
    expect(totpCode(rfcSecret, new Date(59_000))).toBe('287082');
  });

  it('accepts the current code and tells its time step', () => {
    expect(totpStep(secret, totpCode(secret, now), now)).toBe(step);
  });

  it('accepts a code one step either side, not two', () => {
    expect(totpStep(secret, totpCode(secret, at(-30)), now)).toBe(step - 1);
    expect(totpStep(secret, totpCode(secret, at(30)), now)).toBe(step + 1);
    expect(totpStep(secret, totpCode(secret, at(90)), now)).toBeUndefined();
  });

  it('refuses malformed codes', () => {
    for (const code of ['', '12345', '1234567', 'abcdef'])
      expect(totpStep(secret, code, now)).toBeUndefined();
  });

  it('makes 160-bit Base32 secrets that round-trip', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(base32Decode('mzxw 6ytb oi======')).toEqual(new Uint8Array(Buffer.from('foobar')));
  });

  it('builds an otpauth URI naming the issuer', () => {
    expect(totpUri(secret, 'ann@example.org')).toMatch(
      /^otpauth:\/\/totp\/Governance%20tracker:ann%40example\.org\?.*secret=/,
    );
  });
});
