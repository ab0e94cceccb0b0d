import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** One start of a server process: who holds an Idempotency-Key while its request runs. */
export interface ProcessOwner {
  /** Host, pid and a random boot id: a later process with the same pid is another owner. */
  id: string;
  host: string;
  pid: number;
}

/** What another process last said about itself in idempotency.db. */
export interface OwnerRecord {
  host: string;
  pid: number;
  heartbeatAt: number;
}

/** How often a process says it is alive, and after how long without it counts as gone. */
export const HEARTBEAT_MS = 5_000;
export const LEASE_MS = 30_000;

export function thisProcess(): ProcessOwner {
  const host = hostname();
  return { id: `${host}/${process.pid}/${randomBytes(8).toString('hex')}`, host, pid: process.pid };
}

/**
 * Whether the process that holds a key is gone, judged by another one. On the same host the
 * pid tells at once (a dead pid, or our own pid under another boot id: a previous life of this
 * process, as in a container where the server is always pid 1); elsewhere, or when the pid was
 * reused, a heartbeat older than the lease does.
 */
export function ownerIsGone(
  owner: OwnerRecord | undefined,
  judge: ProcessOwner,
  now: number,
  isRunning: (pid: number) => boolean = pidIsRunning,
): boolean {
  if (!owner) return true;
  if (now - owner.heartbeatAt > LEASE_MS) return true;
  if (owner.host !== judge.host) return false;
  return owner.pid === judge.pid || !isRunning(owner.pid);
}

export function pidIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
