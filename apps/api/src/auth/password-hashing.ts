import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read: never throws on bad input. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

export function hashNeedsUpgrade(hash: string): boolean {
  return argon2.needsRehash(hash, {
    memoryCost: OPTIONS.memoryCost,
    timeCost: OPTIONS.timeCost,
    parallelism: OPTIONS.parallelism,
  });
}

let dummy: Promise<string> | undefined;

/**
 * A real hash of a random password, verified against when the email is unknown, so a
 * wrong email costs the same time as a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}
