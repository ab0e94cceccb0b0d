import { Inject, Injectable, Optional } from '@nestjs/common';
import { defaultUpcaster, Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import type Database from 'better-sqlite3';
import { EVENT_UPCASTER } from '../commands/event-upcaster';
import { DIRECTORY_DB } from '../directory/directory-database';

export interface CatalogTrust {
  id: string;
  name: string;
}

const PAGE = 1000;

/**
 * The list of every trust, for the operator. Kept in directory.db and caught up from the
 * global log on demand (from its own checkpoint), so it always reflects every registration
 * up to the moment of the request, costs nothing between requests and never needs a dual write.
 */
@Injectable()
export class TrustCatalog {
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIRECTORY_DB) private readonly db: Database.Database,
    @Optional() @Inject(EVENT_UPCASTER) private readonly upcaster: Upcaster = defaultUpcaster,
  ) {}

  async list(): Promise<CatalogTrust[]> {
    await this.catchUp();
    return this.db
      .prepare(
        'SELECT trust_id AS id, name FROM trust_catalog ORDER BY name COLLATE NOCASE, trust_id',
      )
      .all() as CatalogTrust[];
  }

  /** One catch-up at a time: concurrent callers wait for the one running, then run their own. */
  private catchUp(): Promise<void> {
    this.catchingUp = this.catchingUp.catch(() => undefined).then(() => this.readNewEvents());
    return this.catchingUp;
  }

  private async readNewEvents(): Promise<void> {
    const upsert = this.db.prepare(
      'INSERT INTO trust_catalog (trust_id, name) VALUES (?, ?) ON CONFLICT (trust_id) DO UPDATE SET name = excluded.name',
    );
    const checkpoint = this.db.prepare(
      'INSERT INTO trust_catalog_checkpoint (id, position) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position',
    );
    for (;;) {
      const after = this.checkpoint();
      const events = await this.store.readAll({
        ...(after !== undefined ? { after } : {}),
        maxCount: PAGE,
      });
      if (events.length === 0) return;
      this.db.transaction(() => {
        for (const stored of events) {
          const event = this.upcaster.upcast(stored);
          const data = event.data as { trustId?: unknown; name?: unknown };
          if (
            event.type === 'TrustRegistered' &&
            typeof data.trustId === 'string' &&
            typeof data.name === 'string'
          ) {
            upsert.run(data.trustId, data.name);
          }
        }
        checkpoint.run(String(events[events.length - 1].position));
      })();
      if (events.length < PAGE) return;
    }
  }

  private checkpoint(): bigint | undefined {
    const row = this.db
      .prepare('SELECT position FROM trust_catalog_checkpoint WHERE id = 1')
      .get() as { position: string } | undefined;
    return row ? BigInt(row.position) : undefined;
  }
}
