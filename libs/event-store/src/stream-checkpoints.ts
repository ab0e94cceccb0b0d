import { createHash, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { stableJson } from './hash-chain';

/**
 * Signed checkpoints of stream heads. A checkpoint names the last event (revision and hash) of
 * every stream written since the one before, up to a log position, chains to the previous
 * checkpoint by digest, and is signed with Ed25519. Whoever holds only the data cannot sign, so
 * removing a stream's last events (or rewriting a stream's whole chain) no longer fits a head
 * some checkpoint vouches for.
 */
export type CheckpointHead = [streamId: string, revision: number, hash: string];

export interface CheckpointBody {
  seq: number;
  /** Digest of the previous checkpoint's text; '' for the first. */
  previous: string;
  /** The last log position this checkpoint and the ones before it cover. */
  position: string;
  at: string;
  /** Id of the public key that verifies the signature. */
  signer: string;
  heads: CheckpointHead[];
}

/** As stored: the signed text and its signature. */
export interface SignedCheckpoint {
  seq: number;
  body: string;
  signature: string;
}

export function checkpointDigest(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function signCheckpoint(body: CheckpointBody, privateKey: KeyObject): SignedCheckpoint {
  const text = stableJson(body);
  return { seq: body.seq, body: text, signature: sign(null, Buffer.from(text), privateKey).toString('base64') };
}

/** The printable form of an Ed25519 public key: `ed25519:` and its 32 bytes in base64url. */
export function printablePublicKey(publicKey: KeyObject): string {
  return `ed25519:${String(publicKey.export({ format: 'jwk' }).x)}`;
}

/** Reads the printable form back; undefined when it is not one. */
export function parsePublicKey(printable: string): KeyObject | undefined {
  const match = /^ed25519:([A-Za-z0-9_-]{43})$/.exec(printable.trim());
  if (!match) return undefined;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: match[1] }, format: 'jwk' });
  } catch {
    return undefined;
  }
}

/** A short id of a public key, stored in each checkpoint so a changed key is recognised. */
export function publicKeyId(publicKey: KeyObject): string {
  return checkpointDigest(printablePublicKey(publicKey)).slice(0, 16);
}

export interface CheckpointProblem {
  seq: number;
  reason: 'checkpoint-altered' | 'checkpoint-missing';
}

export interface CheckedHead {
  revision: number;
  hash: string;
  seq: number;
}

export interface CheckedCheckpoints {
  /** The highest revision each stream was checkpointed at, from correctly signed checkpoints only. */
  heads: Map<string, CheckedHead>;
  /** Every event at or before this position was read by a checkpoint. */
  coveredPosition: bigint;
  count: number;
  latestSeq: number;
  problems: CheckpointProblem[];
}

/**
 * Checks the signatures and the sequence of stored checkpoints (in seq order) and gathers their
 * heads. `verified` remembers the digest of each text whose signature was checked, so checking
 * again costs a hash per checkpoint instead of a signature verification (~100 µs).
 */
export function checkCheckpoints(
  rows: Iterable<SignedCheckpoint>,
  publicKey: KeyObject,
  verified: Map<number, string> = new Map(),
): CheckedCheckpoints {
  const checked: CheckedCheckpoints = { heads: new Map(), coveredPosition: 0n, count: 0, latestSeq: 0, problems: [] };
  let previousDigest = '';
  for (const row of rows) {
    checked.count += 1;
    const digest = checkpointDigest(row.body);
    const body = verified.get(row.seq) === digest ? parseBody(row.body) : signedBody(row, publicKey);
    if (body) verified.set(row.seq, digest);
    if (!body || body.seq !== row.seq) {
      checked.problems.push({ seq: row.seq, reason: 'checkpoint-altered' });
      continue;
    }
    if (body.seq !== checked.latestSeq + 1 || body.previous !== previousDigest) {
      checked.problems.push({ seq: body.seq, reason: 'checkpoint-missing' });
    }
    checked.latestSeq = body.seq;
    previousDigest = digest;
    const position = BigInt(body.position);
    if (position > checked.coveredPosition) checked.coveredPosition = position;
    for (const [streamId, revision, hash] of body.heads) {
      const known = checked.heads.get(streamId);
      if (!known || revision > known.revision) checked.heads.set(streamId, { revision, hash, seq: body.seq });
    }
  }
  return checked;
}

function signedBody(row: SignedCheckpoint, publicKey: KeyObject): CheckpointBody | undefined {
  try {
    if (!verify(null, Buffer.from(row.body), publicKey, Buffer.from(row.signature, 'base64'))) return undefined;
  } catch {
    return undefined;
  }
  return parseBody(row.body);
}

function parseBody(text: string): CheckpointBody | undefined {
  try {
    return JSON.parse(text) as CheckpointBody;
  } catch {
    return undefined;
  }
}
