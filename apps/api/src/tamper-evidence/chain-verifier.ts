import { Inject, Injectable } from '@nestjs/common';
import { ChainBreak, EVENT_STORE, EventStore, verifyChain } from '@governance/event-store';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../projections/read-model-database';

export interface VerificationReport {
  trustId: string;
  verifiedAt: string;
  streams: number;
  events: number;
  intact: boolean;
  /** The first event of each broken stream that does not fit its chain. */
  breaks: (ChainBreak | { streamId: string; reason: 'events-missing-at-end'; expected: number; found: number })[];
}

/**
 * Recomputes the hash chain of every stream of a trust. The audit read model tells which
 * streams belong to the trust and how many events each held when it was projected, so an
 * event removed from the end of a stream is named too.
 */
@Injectable()
export class ChainVerifier {
  private readonly streamsOfTrust;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DB) db: Database.Database,
  ) {
    this.streamsOfTrust = db.prepare(
      'SELECT stream_id AS streamId, COUNT(*) AS projected FROM audit_events WHERE trust_id = ? GROUP BY stream_id ORDER BY stream_id',
    );
  }

  async verify(trustId: string): Promise<VerificationReport> {
    const streams = this.streamsOfTrust.all(trustId) as { streamId: string; projected: number }[];
    const breaks: VerificationReport['breaks'] = [];
    let events = 0;
    for (const { streamId, projected } of streams) {
      const stream = await this.store.readStream(streamId);
      events += stream.length;
      const broken = verifyChain(stream);
      if (broken) breaks.push(broken);
      else if (stream.length < projected) {
        breaks.push({ streamId, reason: 'events-missing-at-end', expected: projected, found: stream.length });
      }
    }
    return { trustId, verifiedAt: new Date().toISOString(), streams: streams.length, events, intact: breaks.length === 0, breaks };
  }
}
