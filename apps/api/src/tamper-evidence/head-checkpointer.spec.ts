import { CheckpointBody, SqliteEventStore } from '@governance/event-store';
import { DroppingStore } from '@governance/event-store/testing/dropping-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { HeadCheckpointer } from './head-checkpointer';
import { loadTamperKeys } from './tamper-keys';
import { StartupNotice } from '../startup/startup-notice';

/** Waits (without judging how long) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('HeadCheckpointer when its subscription to the log drops', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-checkpointer-'));
    store = new SqliteEventStore({ file: join(dataDir, 'events.db'), synchronous: 'NORMAL', pollIntervalMs: 10 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('follows the log again from the last event read, and signs the head of every stream written', async () => {
    for (let index = 1; index <= 6; index += 1) {
      await store.appendToStream(`notes-${index}`, [{ id: `00000000-0000-4000-8000-00000000000${index}`, type: 'Noted', data: {}, metadata: { hash: `h${index}` } }], {
        expectedRevision: 'no-stream',
      });
    }
    const head = await store.headPosition();
    // The first subscription fails after three events, as a dropped EventStoreDB connection does.
    const dropping = new DroppingStore(store, 3);
    const config = loadConfig({ DATA_DIR: dataDir, TAMPER_KEY: 'checkpointer-test-key-0123456789abcdef', LOG_LEVEL: 'silent' });
    const checkpointer = new HeadCheckpointer(dropping, loadTamperKeys(config), config, new StartupNotice());
    checkpointer.onApplicationBootstrap();
    try {
      await dropping.resubscription;
      dropping.release();
      const covered = () => {
        const latest = checkpointer.checkpoints?.latest();
        return latest !== undefined && BigInt((JSON.parse(latest.body) as CheckpointBody).position) >= head;
      };
      await until(covered);
      const signed = [...(checkpointer.checkpoints?.all() ?? [])].flatMap((checkpoint) => (JSON.parse(checkpoint.body) as CheckpointBody).heads);
      expect(signed.map(([streamId]) => streamId).sort()).toEqual(['notes-1', 'notes-2', 'notes-3', 'notes-4', 'notes-5', 'notes-6']);
      // The second subscription started after the third event: nothing read twice, nothing skipped.
      expect(dropping.subscribedFrom).toEqual([undefined, 3n]);
    } finally {
      await checkpointer.beforeApplicationShutdown();
    }
  }, 20_000);
});
