import { createHash } from 'node:crypto';

/** A fixed namespace for the server's name-based ids (a random UUID chosen once). */
const NAMESPACE = Buffer.from('6f1d3c2a9b8e4f70a1c25d3e7b9f0a14', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name). The scan names each
 * event by what it means (`ReviewDue/{schoolId}/{policyId}/{dueOn}`), so a second run, a
 * restart or another instance produces the same id and the store recognises the append; the
 * starter catalogue names each trust's copy of an entry the same way.
 */
export function deterministicEventId(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
