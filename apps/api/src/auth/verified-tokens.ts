/**
 * Access tokens whose signature was already checked, with their claims and expiry. Checking a
 * signature (HMAC, base64 and JSON parsing: about a tenth of a signed-in request's CPU) gives
 * the same answer for the same text under the same key, so a token seen before costs a lookup;
 * its expiry is checked again on every use. Only genuine tokens are kept (a forged one never
 * is), keyed by their whole text, so nothing can be looked up without the token itself.
 * Whether the session is still live (erased, credentials changed, roles) is not a property of
 * the token: the authenticator checks that on every request, kept or not.
 */
export class VerifiedTokens<Claims> {
  private readonly entries = new Map<string, { claims: Claims; expiresAt: number }>();

  constructor(private readonly capacity = 10_000) {}

  /** The claims of a kept token still unexpired at `nowSeconds`; an expired one is dropped. */
  get(token: string, nowSeconds: number): Claims | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    // As jsonwebtoken decides it: expired from the second `exp` names.
    if (nowSeconds >= entry.expiresAt) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  /** Keeps a verified token until `expiresAt` (seconds since the epoch), forgetting the oldest when full. */
  set(token: string, claims: Claims, expiresAt: number): void {
    this.entries.delete(token);
    this.entries.set(token, { claims, expiresAt });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
