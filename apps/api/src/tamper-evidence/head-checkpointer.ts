import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  CheckpointBody,
  checkpointDigest,
  CheckpointHead,
  EVENT_STORE,
  EventStore,
  Position,
  publicKeyId,
  signCheckpoint,
  Subscription,
} from '@governance/event-store';
import { backoffDelay, sleep } from '@governance/projections';
import { KeyObject } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CheckpointStore } from './checkpoint-store';
import { TAMPER_KEYS, TamperKeys } from './tamper-keys';
import { StartupNotice } from '../startup/startup-notice';

/** How long new heads wait before they are signed: the window in which a removed last event goes unseen. */
export const CHECKPOINT_DELAY_MS = 1000;
/** As the projection runner: a dropped subscription is followed again after 0.5 s, doubling to 30 s. */
export const RESUBSCRIBE_BACKOFF = { initialMs: 500, maxMs: 30_000 };

/**
 * Follows the log (every writer's events, this process's or another's, and those written while no
 * server ran) and, at most a second after a write, signs a checkpoint of the heads of the streams
 * written since the last one. Off the request path: a command never waits for a signature.
 */
@Injectable()
export class HeadCheckpointer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TamperEvidence');
  private store?: CheckpointStore;
  private subscription?: Subscription;
  private following?: Promise<void>;
  private readonly pending = new Map<string, CheckpointHead>();
  private pendingPosition: Position = 0n;
  private timer?: NodeJS.Timeout;
  private readonly stopping = new AbortController();

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(TAMPER_KEYS) private readonly keys: TamperKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notice: StartupNotice,
  ) {}

  /** The checkpoints, when this server signs them. */
  get checkpoints(): CheckpointStore | undefined {
    return this.store;
  }

  onApplicationBootstrap(): void {
    if (!this.keys.signingKey) {
      this.warnUnkeyed();
      return;
    }
    // loadServerTamperKeys already refused a key that does not fit the stored checkpoints.
    this.store = CheckpointStore.open(this.config.dataDir);
    const latest = this.store.latest();
    const after = latest ? BigInt((JSON.parse(latest.body) as CheckpointBody).position) : undefined;
    this.following = this.follow(after);
  }

  /** Before the event store closes (in its onApplicationShutdown): stop following, sign what was read. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.close();
    await this.following;
    this.flush();
    this.store?.close();
  }

  /** Signs whatever has been read and not yet signed (verify calls it first); a failure is logged and tried again later. */
  flush(): void {
    try {
      this.signPending();
    } catch (error) {
      this.logger.error(`Could not sign a checkpoint: ${(error as Error).message}`);
      this.timer ??= setTimeout(() => this.flush(), CHECKPOINT_DELAY_MS).unref();
    }
  }

  private signPending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { store, keys } = this;
    if (!store || !keys.signingKey || !keys.publicKey || this.pending.size === 0) return;
    const heads = [...this.pending.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const position = this.pendingPosition;
    const signingKey = keys.signingKey;
    const signer = publicKeyId(keys.publicKey);
    this.pending.clear();
    try {
      this.append(store, heads, position, signingKey, signer);
    } catch (error) {
      // Keep the heads for the next try.
      for (const head of heads) if (!this.pending.has(head[0])) this.pending.set(head[0], head);
      if (position > this.pendingPosition) this.pendingPosition = position;
      throw error;
    }
  }

  private append(store: CheckpointStore, heads: CheckpointHead[], position: Position, signingKey: KeyObject, signer: string): void {
    store.append((latest) => {
      const before = latest ? (JSON.parse(latest.body) as CheckpointBody) : undefined;
      // Another process on the same DATA_DIR already read this far and signed it.
      if (before && BigInt(before.position) >= position) return undefined;
      const body: CheckpointBody = {
        seq: (before?.seq ?? 0) + 1,
        previous: latest ? checkpointDigest(latest.body) : '',
        position: String(position),
        at: new Date().toISOString(),
        signer,
        heads,
      };
      return signCheckpoint(body, signingKey);
    });
  }

  /**
   * Follows the log from `after`; when the subscription drops (a lost EventStoreDB connection),
   * subscribes again, with backoff, from the last event read, so no head goes unsigned.
   */
  private async follow(after: Position | undefined): Promise<void> {
    for (let failures = 0; !this.stopping.signal.aborted; ) {
      const from = this.pendingPosition > 0n ? this.pendingPosition : after;
      this.subscription = this.events.subscribeToAll(from === undefined ? {} : { after: from });
      try {
        for await (const event of this.subscription) {
          failures = 0;
          const hash = typeof event.metadata.hash === 'string' ? event.metadata.hash : '';
          this.pending.set(event.streamId, [event.streamId, event.revision, hash]);
          this.pendingPosition = event.position;
          this.timer ??= setTimeout(() => this.flush(), CHECKPOINT_DELAY_MS).unref();
        }
        return; // closed
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        const delay = backoffDelay(failures, RESUBSCRIBE_BACKOFF);
        failures += 1;
        this.logger.error(`Lost the event log while signing checkpoints (${(error as Error).message}); following again in ${delay} ms`);
        await sleep(delay, this.stopping.signal);
      }
    }
  }

  private warnUnkeyed(): void {
    if (this.config.logLevel === 'silent') return;
    this.notice.warn(
      [
        'WARNING: tamper evidence is unkeyed. Events are chained with a plain SHA-256 that anyone who can',
        'write DATA_DIR can recompute after changing history, and no signed checkpoints are kept.',
        'Set TAMPER_KEY_FILE to a path outside DATA_DIR (e.g. /etc/governance/tamper-keys.json: created',
        'on first start) or TAMPER_KEY (e.g. the output of: openssl rand -hex 32), then restart.',
      ].join('\n'),
    );
  }
}
