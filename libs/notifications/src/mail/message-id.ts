import { createHash } from 'node:crypto';

/** A Message-ID derived from the outbox key: a message sent again after a crash carries the same one. */
export function reminderMessageId(key: string, domain: string): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return `<${digest}.reminder@${domain.replace(/[^A-Za-z0-9.-]/g, '') || 'localhost'}>`;
}
