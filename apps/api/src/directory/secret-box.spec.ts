import { deriveKey, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(
    deriveKey('a token secret of at least thirty-two characters', 'totp-secrets'),
  );

  it('round-trips, with a fresh nonce each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'person-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'person-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'person-1')).not.toBe(sealed);
  });

  it('refuses a ciphertext moved to another row, tampered with, or sealed under another key', () => {
    const sealed = box.seal('secret', 'person-1');
    expect(() => box.open(sealed, 'person-2')).toThrow();
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() =>
      box.open([version, iv, tag, flipped.toString('base64url')].join('.'), 'person-1'),
    ).toThrow();
    const other = new SecretBox(
      deriveKey('another token secret of at least 32 chars', 'totp-secrets'),
    );
    expect(() => other.open(sealed, 'person-1')).toThrow();
  });

  it('derives different keys for different purposes', () => {
    expect(deriveKey('s'.repeat(32), 'a').equals(deriveKey('s'.repeat(32), 'b'))).toBe(false);
  });
});
