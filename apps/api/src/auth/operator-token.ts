import { timingSafeEqual } from 'node:crypto';
import { ServerSecrets, sha256 } from './server-secrets';

/** Compares hashes in constant time, so response times say nothing about how much of a guess was right. */
export function isOperatorToken(secrets: ServerSecrets, presented: string): boolean {
  return timingSafeEqual(sha256(presented), secrets.operatorTokenHash);
}
