import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, createTrustWithAdmin } from './support/fixtures';
import { startServerProcess } from './support/server-process';

/**
 * A bounded soak on loopback: mixed reads and writes at a steady rate against the real server
 * process. `npm test` runs a short form (SOAK_SECONDS, default 8) that checks every request
 * succeeds; timing and memory are judged only by `npm run soak`, which runs minutes on a quiet
 * machine and also holds the p99 steady and the memory growth after warm-up under 10%.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? '8');
const REQUESTS_PER_SECOND = Number(process.env.SOAK_RATE ?? '40');
const FULL = SECONDS >= 60;

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0') * 1024;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

describe(`soak (${SECONDS} s at ${REQUESTS_PER_SECOND} requests/s)`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-soak-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers every request without error, with a stable p99 and bounded memory', async () => {
    const server = await startServerProcess(dataDir);
    const trust = await createTrustWithAdmin(server.app, { schools: 3 });
    const headers = { ...bearer(trust.admin.token), 'Content-Type': 'application/json' };
    const requests: (() => Promise<Response>)[] = [
      () => fetch(`${server.url}/api/trusts/${trust.id}/compliance`, { headers }),
      () => fetch(`${server.url}/api/trusts/${trust.id}/schools`, { headers }),
      () => fetch(`${server.url}/api/trusts/${trust.id}/audit?limit=20`, { headers }),
      () => fetch(`${server.url}/api/trusts/${trust.id}/schools/${trust.schools[0]}/policies`, { headers }),
      () =>
        fetch(`${server.url}/api/trusts/${trust.id}/schools/${trust.schools[1]}`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ name: `Renamed ${Math.random().toString(36).slice(2, 8)}` }),
        }),
    ];

    const samples: { at: number; ms: number; ok: boolean }[] = [];
    const started = Date.now();
    const warmUpEnds = started + SECONDS * 300;
    let rssAfterWarmUp = 0;
    const inFlight: Promise<void>[] = [];
    // A fixed number of requests at the steady rate: a slow machine takes longer, it does not send fewer.
    const total = SECONDS * REQUESTS_PER_SECOND;
    for (let i = 0; i < total; i += 1) {
      if (!rssAfterWarmUp && Date.now() >= warmUpEnds) rssAfterWarmUp = rssOf(server.child.pid as number);
      const send = requests[i % requests.length];
      const t0 = performance.now();
      inFlight.push(
        send().then(
          async (response) => {
            await response.arrayBuffer();
            samples.push({ at: Date.now(), ms: performance.now() - t0, ok: response.status < 400 });
          },
          () => {
            samples.push({ at: Date.now(), ms: performance.now() - t0, ok: false });
          },
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 1000 / REQUESTS_PER_SECOND));
    }
    await Promise.all(inFlight);
    const rssAtEnd = rssOf(server.child.pid as number);
    await server.kill('SIGTERM');

    const measured = samples.filter((s) => s.at >= warmUpEnds);
    const half = warmUpEnds + (Date.now() - warmUpEnds) / 2;
    const p99First = percentile(measured.filter((s) => s.at < half).map((s) => s.ms), 99);
    const p99Second = percentile(measured.filter((s) => s.at >= half).map((s) => s.ms), 99);
    const growth = (rssAtEnd - rssAfterWarmUp) / rssAfterWarmUp;
    console.log(
      `soak: ${samples.length} requests, p99 ${p99First.toFixed(1)} ms then ${p99Second.toFixed(1)} ms, ` +
        `RSS ${(rssAfterWarmUp / 2 ** 20).toFixed(0)} MB -> ${(rssAtEnd / 2 ** 20).toFixed(0)} MB (${(growth * 100).toFixed(1)}%)`,
    );

    expect(samples.filter((s) => !s.ok)).toEqual([]);
    expect(samples).toHaveLength(total);
    if (FULL) {
      // Stable: the second half's p99 is not far above the first's, and memory does not creep.
      expect(p99Second).toBeLessThan(Math.max(p99First * 3, p99First + 50));
      expect(growth).toBeLessThan(0.1);
    }
  }, Math.max(90_000, SECONDS * 3000 + 60_000));
});
