import type { Base32Plugin, CryptoPlugin, HashAlgorithm } from '@otplib/core';
import { generateSync, verifySync } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Decode, base32Encode } from './base32';

/*
 * TOTP (RFC 6238) with otplib 13. Its packaged defaults pull in ESM-only hash and Base32
 * libraries that Jest cannot load on Node 20, so otplib's TOTP and URI modules run here
 * with Node's own crypto instead: the same algorithm, a well-kept HMAC.
 */

export const TOTP_ISSUER = 'Governance tracker';
const PERIOD_SECONDS = 30;
const SECRET_BYTES = 20;

const nodeCrypto: CryptoPlugin = {
  name: 'node-crypto',
  hmac: (algorithm: HashAlgorithm, key: Uint8Array, data: Uint8Array) =>
    new Uint8Array(createHmac(algorithm, key).update(data).digest()),
  randomBytes: (length: number) => new Uint8Array(randomBytes(length)),
  constantTimeEqual: (a: string | Uint8Array, b: string | Uint8Array) => {
    const left = typeof a === 'string' ? Buffer.from(a) : Buffer.from(a);
    const right = typeof b === 'string' ? Buffer.from(b) : Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  },
};

const base32: Base32Plugin = {
  name: 'rfc4648',
  encode: (data) => base32Encode(data),
  decode: base32Decode,
};

/** A new 160-bit secret, Base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES));
}

/** The otpauth:// URI an authenticator app reads from a QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return generateTOTP({ issuer: TOTP_ISSUER, label: accountLabel, secret });
}

/** The code for a moment: for tests and tools; the server only verifies. */
export function totpCode(secret: string, at: Date): string {
  return generateSync({
    secret,
    epoch: Math.floor(at.getTime() / 1000),
    crypto: nodeCrypto,
    base32,
  });
}

/**
 * The time step a six-digit code belongs to, or undefined when it is wrong (SHA-1, 30 s).
 * One step either side is accepted for phones whose clocks drift.
 */
export function totpStep(secret: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS,
    crypto: nodeCrypto,
    base32,
  });
  return result.valid ? Math.floor(result.epoch / PERIOD_SECONDS) : undefined;
}
