import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { Clock } from '../clock/clock';
import { deriveKey } from '../directory/secret-box';
import { SERVER_SECRETS, ServerSecrets } from './server-secrets';
import { VerifiedTokens } from './verified-tokens';
import type { IssuedToken } from '@governance/contracts';

/** A working day: long enough not to interrupt a governors' meeting, short enough to expire overnight. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/** How the person proved who they are (RFC 8176): a password or an emailed one-time link (`email`, not in RFC 8176), and a one-time code when they have MFA. */
export type AuthenticationMethod = 'pwd' | 'otp' | 'email';

export interface AccessClaims {
  /** The person id. */
  sub: string;
  /** The person's trust. */
  tid: string;
  /** The directory's session version when the token was issued: credential changes end older tokens. */
  sv: number;
  amr: readonly AuthenticationMethod[];
}

export type { IssuedToken };

const ISSUER = 'governance-tracker';
const AUDIENCE = 'governance-api';

/** Signed access tokens (HS256 JWTs) with an expiry. */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;
  /** Signatures already checked: a signed-in client sends the same token on every request. */
  private readonly verified = new VerifiedTokens<AccessClaims>();

  constructor(
    @Inject(SERVER_SECRETS) secrets: ServerSecrets,
    private readonly clock: Clock,
  ) {
    // A KeyObject, not a Buffer: jsonwebtoken otherwise tries the secret as a public key on every
    // verify before using it as an HMAC key (a measurable share of each request's CPU).
    this.jwt = new JwtService({ secret: createSecretKey(deriveKey(secrets.tokenSecret, 'access-tokens')) });
  }

  issue(claims: AccessClaims, lifetimeSeconds = ACCESS_TOKEN_LIFETIME_SECONDS): IssuedToken {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const exp = iat + lifetimeSeconds;
    const accessToken = this.jwt.sign(
      { ...claims, iat, exp },
      { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE },
    );
    return { accessToken, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The claims of a genuine, unexpired token, or undefined. */
  verify(token: string): AccessClaims | undefined {
    // jsonwebtoken's own clock (the real one), so a kept token expires when a fresh check would say so.
    const now = Math.floor(Date.now() / 1000);
    const kept = this.verified.get(token, now);
    if (kept) return kept;
    let payload: Record<string, unknown>;
    try {
      payload = this.jwt.verify<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
    } catch {
      return undefined;
    }
    const claims = asClaims(payload);
    // Only tokens whose whole validity is their expiry are kept (ours always carry exp, never nbf).
    if (claims && typeof payload.exp === 'number' && payload.nbf === undefined) {
      this.verified.set(token, claims, payload.exp);
    }
    return claims;
  }
}

function asClaims(payload: Record<string, unknown>): AccessClaims | undefined {
  const { sub, tid, sv, amr } = payload;
  if (
    typeof sub !== 'string' ||
    typeof tid !== 'string' ||
    typeof sv !== 'number' ||
    !Array.isArray(amr)
  )
    return undefined;
  const methods = amr.filter((m): m is AuthenticationMethod => m === 'pwd' || m === 'otp' || m === 'email');
  // Frozen: a kept token hands the same claims to every request that presents it.
  return Object.freeze({ sub, tid, sv, amr: Object.freeze(methods) });
}
