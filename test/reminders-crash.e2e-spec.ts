import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackSmtpServer } from '@governance/notifications/testing/loopback-smtp-server';
import { bearer } from './support/fixtures';
import { createReviewCyclesTrust, ReviewCyclesTrust } from './support/review-cycles-trust';
import { ServerProcess, startServerProcess } from './support/server-process';

/**
 * The real server as a child process, a real SMTP server on loopback, and a SIGKILL in the
 * middle of sending a reminder. After a restart on the same DATA_DIR every reminder arrives,
 * each under one Message-ID.
 *
 * - Killed while the SMTP server holds the message but has not yet answered: the server never
 *   accepted it, and after the restart exactly one copy of every reminder is accepted.
 * - Killed just after the SMTP server accepted it (250) and before the outbox recorded `sent`:
 *   nobody can know whether it arrived, so it is sent again with the same Message-ID (at least
 *   once; a second copy is recognisable as the same message).
 */
describe('reminders across a crash between sending and recording', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-reminders-crash-'));
  const smtp = new LoopbackSmtpServer();
  let env: Record<string, string>;
  let server: ServerProcess;

  beforeAll(async () => {
    env = { CLOCK_TODAY: '2027-06-30', SMTP_URL: await smtp.start(), REVIEW_SCAN: 'off' };
    server = await startServerProcess(dataDir, env);
  }, 90_000);
  afterAll(async () => {
    await server.kill('SIGTERM');
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Scans a new trust as of 2027-01-21: four reminders (see review-cycles-trust.ts). */
  async function scanNewTrust(): Promise<ReviewCyclesTrust> {
    const seed = await createReviewCyclesTrust(server.app);
    const response = await server.app.http.post('/api/admin/review-scan').set(bearer(seed.trust.admin.token)).send({ asOf: '2027-01-21' }).expect(200);
    expect(response.body.reminders).toBe(4);
    return seed;
  }

  async function outboxOf(seed: ReviewCyclesTrust): Promise<{ status: string; attempts: number; messageId: string }[]> {
    return (await server.app.http.get(`/api/trusts/${seed.trust.id}/reminders`).set(bearer(seed.trust.admin.token)).expect(200)).body;
  }

  it('sends every reminder exactly once when killed before the SMTP server answered', async () => {
    let killed = false;
    smtp.verdict = () => ({
      kind: 'hold',
      then: async () => {
        if (killed) return true;
        killed = true;
        await server.kill('SIGKILL');
        return false; // the client is gone: this copy is never accepted
      },
    });
    const accepted = smtp.accepted.length;
    const seed = await scanNewTrust();
    await server.exited;
    expect(killed).toBe(true);

    server = await startServerProcess(dataDir, env);
    const mine = (await smtp.waitForAccepted(accepted + 4)).slice(accepted);
    const outbox = await outboxOf(seed);
    expect(outbox.map((m) => m.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(mine.map((m) => m.messageId).sort()).toEqual(outbox.map((m) => m.messageId).sort());
    // The copy cut off by the kill had the same Message-ID as the one accepted after the restart.
    const cutOff = smtp.received.filter((m) => !m.accepted);
    expect(cutOff).toHaveLength(1);
    expect(mine.map((m) => m.messageId)).toContain(cutOff[0].messageId);
    expect(outbox.filter((m) => m.attempts === 2)).toHaveLength(1);
  }, 120_000);

  it('sends a reminder accepted just before the kill again under the same Message-ID, and every other once', async () => {
    let killed = false;
    smtp.verdict = () => ({
      kind: 'hold',
      then: async () => {
        if (!killed) {
          killed = true;
          // Accept (250 goes out now), then kill before the outbox can record it.
          setImmediate(() => void server.kill('SIGKILL'));
        }
        return true;
      },
    });
    const accepted = smtp.accepted.length;
    const seed = await scanNewTrust();
    await server.exited;

    server = await startServerProcess(dataDir, env);
    const outbox = await (async () => {
      for (;;) {
        const rows = await outboxOf(seed);
        if (rows.every((m) => m.status === 'sent')) return rows;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const mine = smtp.accepted.slice(accepted);
    const copies = new Map<string, number>();
    for (const m of mine) copies.set(m.messageId, (copies.get(m.messageId) ?? 0) + 1);
    expect([...copies.keys()].sort()).toEqual(outbox.map((m) => m.messageId).sort());
    // At least once and at most twice: a second copy only of the message in flight at the kill.
    expect([...copies.values()].filter((n) => n === 2).length).toBeLessThanOrEqual(1);
    expect([...copies.values()].every((n) => n === 1 || n === 2)).toBe(true);
  }, 120_000);
});
