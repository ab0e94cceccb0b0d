/**
 * One command at a time per stream in this process: each waits for the previous command on its
 * stream to have its append answered (committed), then decides on that state. With group commit,
 * commands on one stream asked for together would otherwise all decide on the same state and all
 * but one be refused (and decided again) at the shared commit; commands on different streams
 * still share commits. Another process's writes are still caught by the expected revision.
 */
export class StreamTurns {
  private readonly tails = new Map<string, Promise<void>>();

  async take<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(streamId);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tails.set(streamId, mine);
    try {
      if (before) await before;
      return await work();
    } finally {
      release();
      // The last in line leaves nothing behind.
      if (this.tails.get(streamId) === mine) this.tails.delete(streamId);
    }
  }
}
