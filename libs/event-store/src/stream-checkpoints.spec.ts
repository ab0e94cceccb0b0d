import { generateKeyPairSync } from 'node:crypto';
import {
  CheckpointBody,
  checkCheckpoints,
  checkpointDigest,
  CheckpointHead,
  parsePublicKey,
  printablePublicKey,
  publicKeyId,
  SignedCheckpoint,
  signCheckpoint,
} from './stream-checkpoints';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');

/** A sequence of checkpoints as the checkpointer writes them, one per list of heads. */
function signedSequence(...headsOfEach: CheckpointHead[][]): SignedCheckpoint[] {
  const out: SignedCheckpoint[] = [];
  headsOfEach.forEach((heads, index) => {
    const body: CheckpointBody = {
      seq: index + 1,
      previous: index === 0 ? '' : checkpointDigest(out[index - 1].body),
      position: String((index + 1) * 10),
      at: '2026-11-24T10:00:00.000Z',
      signer: publicKeyId(publicKey),
      heads,
    };
    out.push(signCheckpoint(body, privateKey));
  });
  return out;
}

describe('signed checkpoints of stream heads', () => {
  it('gathers the highest checkpointed revision of each stream and what they cover', () => {
    const rows = signedSequence([['a', 3, 'h3'], ['b', 0, 'hb']], [['a', 5, 'h5']]);
    const checked = checkCheckpoints(rows, publicKey);
    expect(checked.problems).toEqual([]);
    expect(checked.heads.get('a')).toEqual({ revision: 5, hash: 'h5', seq: 2 });
    expect(checked.heads.get('b')).toEqual({ revision: 0, hash: 'hb', seq: 1 });
    expect(checked).toMatchObject({ coveredPosition: 20n, count: 2, latestSeq: 2 });
  });

  it('names a checkpoint whose heads were edited, and does not believe its heads', () => {
    const rows = signedSequence([['a', 3, 'h3']], [['a', 5, 'h5']]);
    rows[1] = { ...rows[1], body: rows[1].body.replace('"a",5', '"a",4') };
    const checked = checkCheckpoints(rows, publicKey);
    expect(checked.problems).toEqual([{ seq: 2, reason: 'checkpoint-altered' }]);
    expect(checked.heads.get('a')?.revision).toBe(3);
  });

  it('names the checkpoint after a removed one', () => {
    const rows = signedSequence([['a', 1, 'h1']], [['a', 2, 'h2']], [['b', 0, 'hb']]);
    expect(checkCheckpoints([rows[0], rows[2]], publicKey).problems).toEqual([{ seq: 3, reason: 'checkpoint-missing' }]);
  });

  it('refuses checkpoints signed with another key, even ones checked before with the right one', () => {
    const rows = signedSequence([['a', 1, 'h1']]);
    const verified = new Map<number, string>();
    expect(checkCheckpoints(rows, publicKey, verified).problems).toEqual([]);
    const other = generateKeyPairSync('ed25519');
    const forged = signCheckpoint(JSON.parse(rows[0].body.replace('"h1"', '"hx"')) as CheckpointBody, other.privateKey);
    expect(checkCheckpoints([forged], publicKey, verified).problems).toEqual([{ seq: 1, reason: 'checkpoint-altered' }]);
  });

  it('prints a public key that reads back as the same key', () => {
    const printed = printablePublicKey(publicKey);
    expect(printed).toMatch(/^ed25519:[A-Za-z0-9_-]{43}$/);
    expect(parsePublicKey(printed)?.equals(publicKey)).toBe(true);
    expect(parsePublicKey('ed25519:short')).toBeUndefined();
  });
});
