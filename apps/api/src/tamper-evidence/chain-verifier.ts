import { Inject, Injectable } from '@nestjs/common';
import {
  ChainBreak,
  CheckedCheckpoints,
  checkCheckpoints,
  CheckpointProblem,
  EVENT_STORE,
  EventStore,
  inspectChain,
  printablePublicKey,
  RecordedEvent,
} from '@governance/event-store';
import { auditKey, auditText } from '@governance/projections';
import type Database from 'better-sqlite3';
import { KeyObject } from 'node:crypto';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { HeadCheckpointer } from './head-checkpointer';
import { TAMPER_KEYS, TamperKeys } from './tamper-keys';

/** A stream that no longer reaches the head a signed checkpoint vouches for. */
export interface HeadBreak {
  streamId: string;
  /**
   * truncated: events after `found` were removed (the checkpoint saw `expected` events);
   * rewritten: the event at the checkpointed revision has another hash (the chain was recomputed);
   * unsigned-head: events the checkpoints read past are beyond every checkpointed head.
   */
  reason: 'truncated' | 'rewritten' | 'unsigned-head';
  expected: number;
  found: number;
  checkpoint?: number;
}

export interface VerificationReport {
  trustId: string;
  verifiedAt: string;
  streams: number;
  events: number;
  intact: boolean;
  /** The first event of each broken stream that does not fit its chain, and checkpoint problems. */
  breaks: (ChainBreak | HeadBreak | CheckpointProblem | { streamId: string; reason: 'events-missing-at-end'; expected: number; found: number })[];
  /** Chain versions met in the trust's streams: 1 (SHA-256, unkeyed), 2 (HMAC-SHA-256). */
  chainVersions: number[];
  /** True when the server holds a key from outside DATA_DIR, so the chain cannot be recomputed from the data. */
  keyed: boolean;
  checkpoints: { signed: number; latestSeq: number; coveredPosition: string; publicKey: string } | null;
}

/**
 * Recomputes the hash chain of every stream of a trust and compares each stream's head with the
 * signed checkpoints. The audit read model tells which streams belong to the trust and how many
 * events each held when it was projected, so an event removed from the end of a stream is named
 * even without checkpoints.
 */
@Injectable()
export class ChainVerifier {
  private readonly streamsOfTrust;
  /** Digests of checkpoint texts whose signature by the server's key was already checked. */
  private readonly verifiedCheckpoints = new Map<number, string>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DB) db: Database.Database,
    @Inject(TAMPER_KEYS) private readonly keys: TamperKeys,
    private readonly checkpointer: HeadCheckpointer,
  ) {
    this.streamsOfTrust = db.prepare(
      `SELECT ${auditText('stream')} AS streamId, COUNT(*) AS projected FROM audit_events WHERE trust = ${auditKey('?')}
       GROUP BY stream ORDER BY streamId`,
    );
  }

  /**
   * `publicKey`: a key the trust kept; checkpoints are checked against it instead of the server's own.
   * `only`: check only these of the trust's streams (an evidence pack's: its school's and the
   * trust's entries about its policies), not all of them.
   */
  async verify(trustId: string, publicKey?: KeyObject, only?: ReadonlySet<string>): Promise<VerificationReport> {
    const checkpoints = this.checkCheckpoints(publicKey);
    const streams = (this.streamsOfTrust.all(trustId) as { streamId: string; projected: number }[]).filter(
      (stream) => only === undefined || only.has(stream.streamId),
    );
    const breaks: VerificationReport['breaks'] = [...(checkpoints?.problems ?? [])];
    const versions = new Set<number>();
    const options = { keys: this.keys.chainKey ? [this.keys.chainKey] : [], checkRecordedAt: this.store.kind === 'sqlite' };
    let events = 0;
    for (const { streamId, projected } of streams) {
      const stream = await this.store.readStream(streamId);
      events += stream.length;
      const { broken, versions: seen } = inspectChain(stream, options);
      for (const version of seen) versions.add(version);
      const headBreak = broken ? undefined : checkpoints && compareWithCheckpoint(streamId, stream, checkpoints);
      if (broken) breaks.push(broken);
      else if (headBreak) breaks.push(headBreak);
      else if (stream.length < projected) {
        breaks.push({ streamId, reason: 'events-missing-at-end', expected: projected, found: stream.length });
      }
    }
    return {
      trustId,
      verifiedAt: new Date().toISOString(),
      streams: streams.length,
      events,
      intact: breaks.length === 0,
      breaks,
      chainVersions: [...versions].sort(),
      keyed: this.keys.chainKey !== undefined,
      checkpoints: checkpoints === undefined ? null : {
        signed: checkpoints.count,
        latestSeq: checkpoints.latestSeq,
        coveredPosition: String(checkpoints.coveredPosition),
        publicKey: printablePublicKey(publicKey ?? (this.keys.publicKey as KeyObject)),
      },
    };
  }

  private checkCheckpoints(publicKey: KeyObject | undefined): CheckedCheckpoints | undefined {
    const store = this.checkpointer.checkpoints;
    if (!store || !this.keys.publicKey) return undefined;
    this.checkpointer.flush();
    const ownKey = publicKey === undefined || publicKey.equals(this.keys.publicKey);
    return checkCheckpoints(store.all(), publicKey ?? this.keys.publicKey, ownKey ? this.verifiedCheckpoints : undefined);
  }
}

function compareWithCheckpoint(streamId: string, stream: readonly RecordedEvent[], checkpoints: CheckedCheckpoints): HeadBreak | undefined {
  const head = checkpoints.heads.get(streamId);
  const checkpointed = head?.revision ?? -1;
  if (head && stream.length <= head.revision) {
    return { streamId, reason: 'truncated', expected: head.revision + 1, found: stream.length, checkpoint: head.seq };
  }
  if (head && stream[head.revision].metadata.hash !== head.hash) {
    return { streamId, reason: 'rewritten', expected: head.revision + 1, found: stream.length, checkpoint: head.seq };
  }
  // Every event at or before the covered position was read by a checkpoint, so no such event lies beyond the head.
  const unsigned = stream.slice(checkpointed + 1).some((event) => event.position <= checkpoints.coveredPosition);
  return unsigned ? { streamId, reason: 'unsigned-head', expected: checkpointed + 1, found: stream.length } : undefined;
}
