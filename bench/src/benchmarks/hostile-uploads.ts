import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { docxBomb, pdfBomb } from '@governance/documents/import/testing/hostile-documents';
import { round } from './stats';
import { BENCH_OPERATOR_TOKEN, RunningServer } from './server';

const MB = 1024 * 1024;

export interface HealthFigures {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers. */
  failures: number;
}

export interface HostileUploadFigures {
  bombs: number;
  durationSeconds: number;
  connections: number;
  /** GET /api/health with no uploads, on the same server in the same run. */
  baseline: HealthFigures;
  /** GET /api/health while `bombs` hostile documents upload at once, again and again. */
  underBombs: HealthFigures;
  /** Uploads answered during the run, by HTTP status. */
  answers: Record<string, number>;
  /** The server process's RSS before the bombs, and its highest while they uploaded. */
  rssBeforeMb: number;
  peakRssMb: number;
  rssGrowthMb: number;
}

/**
 * Issue 17's hostile-upload figure: four clients each upload a bomb (two .docx whose text
 * unpacks to 200 MB, two PDFs whose stream unpacks to 300 MB), again as soon as each answer
 * comes, while autocannon measures GET /api/health; beside health with no uploads, measured
 * first. The server's RSS is sampled from /proc throughout.
 */
export async function benchHostileUploads(server: RunningServer, options: { durationSeconds: number; connections: number }): Promise<HostileUploadFigures> {
  const trustId = await createTrust(server.url);
  const bombs = [
    { name: 'bomb-1.docx', bytes: await docxBomb([200 * MB]) },
    { name: 'bomb-2.docx', bytes: await docxBomb([200 * MB]) },
    { name: 'bomb-3.pdf', bytes: await pdfBomb(300 * MB) },
    { name: 'bomb-4.pdf', bytes: await pdfBomb(300 * MB) },
  ];
  const health = () => loadHealth(server.url, options.durationSeconds, options.connections);
  await loadHealth(server.url, 1, options.connections); // warm-up
  const baseline = await health();

  const rssBefore = rssMb(server.pid);
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(server.pid))), 20);
  const answers: Record<string, number> = {};
  let running = true;
  const clients = bombs.map(async (bomb) => {
    while (running) {
      const status = await upload(server.url, trustId, bomb.name, bomb.bytes);
      answers[status] = (answers[status] ?? 0) + 1;
    }
  });
  try {
    const underBombs = await health();
    running = false;
    await Promise.all(clients);
    return {
      bombs: bombs.length,
      durationSeconds: options.durationSeconds,
      connections: options.connections,
      baseline,
      underBombs,
      answers,
      rssBeforeMb: round(rssBefore),
      peakRssMb: round(peakRss),
      rssGrowthMb: round(peakRss - rssBefore),
    };
  } finally {
    running = false;
    clearInterval(sampler);
  }
}

async function loadHealth(url: string, duration: number, connections: number): Promise<HealthFigures> {
  const result = await autocannon({ url: `${url}/api/health`, duration, connections, pipelining: 1, timeout: 10 });
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

async function upload(url: string, trustId: string, name: string, bytes: Buffer): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${url}/api/trusts/${trustId}/policy-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_OPERATOR_TOKEN}` },
    body: form,
  });
  await response.arrayBuffer();
  return response.status;
}

async function createTrust(url: string): Promise<string> {
  const response = await fetch(`${url}/api/trusts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_OPERATOR_TOKEN}` },
    body: JSON.stringify({ name: 'Hostile Upload Trust' }),
  });
  if (!response.ok) throw new Error(`POST /api/trusts: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** A process's resident set in MB, from /proc (Linux); 0 where there is none. */
function rssMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}
