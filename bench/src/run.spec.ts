import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCHMARKS, benchConfig } from './config';
import { runBenchmarks } from './run';

/**
 * A smoke run of the whole harness at the tiny scale: every benchmark runs (in this process,
 * the server as a child process) and reports figures beside its baseline. Timings are not
 * asserted: only that every figure is there and the answers were right.
 */
describe('npm run bench, tiny', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-bench-smoke-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs every benchmark beside its baseline and judges the goals', async () => {
    const config = { ...benchConfig({ BENCH_SCALE: 'tiny', BENCH_DATA_DIR: dataDir }, []), inProcess: true };
    const lines: string[] = [];
    const results = await runBenchmarks(config, { log: (line) => lines.push(line), resultsFile: null });

    expect(config.only).toEqual(BENCHMARKS);
    expect(results.commands?.map((run) => run.synchronous)).toEqual(['FULL', 'NORMAL']);
    for (const run of results.commands ?? []) {
      expect(run.commands).toBeGreaterThan(50);
      expect(run.raw.transactions).toBe(run.commands);
      expect(run.ratio).toBeGreaterThan(0);
    }
    const generated = results.generated!;
    expect(generated.events).toBeGreaterThan(300);
    expect(Object.keys(generated.byType)).toEqual(expect.arrayContaining(['TrustRegistered', 'SchoolAdded', 'PersonRegistered', 'PolicyRegistered', 'PolicyAdopted', 'PolicyReviewed', 'EIACompleted', 'LinkGovernorReported', 'TermlyReportSubmitted']));
    expect(results.rebuild?.rebuild.events).toBe(generated.events);
    expect(results.rebuild?.rawScan.events).toBe(generated.events);
    expect(results.rebuild?.catchUp?.events).toBe(generated.events);
    expect(results.http?.schoolsInCompliance).toBe(config.shape.schools);
    for (const route of [results.http!.health, results.http!.compliance, results.http!.register]) {
      expect(route.failures).toBe(0);
      expect(route.requests).toBeGreaterThan(0);
    }
    expect(results.startup?.runsSeconds.length).toBe(config.startupRuns);
    // `npm start` is timed only on a built tree; otherwise the run says why it was not.
    const npmStart = results.startup!.npmStart;
    if (npmStart.available) expect(npmStart.runsSeconds.length).toBe(config.startupRuns);
    else expect(npmStart.reason).toContain('not built');
    expect(results.peer).toBeDefined();
    const uploads = results.uploads!;
    expect(Object.keys(uploads.answers).length).toBeGreaterThan(0);
    expect(Object.keys(uploads.answers).every((status) => status === '413' || status === '503')).toBe(true);
    expect(uploads.underBombs.requests).toBeGreaterThan(0);
    expect(uploads.baseline.requests).toBeGreaterThan(0);
    const knownAt = results.knownAt!;
    expect(knownAt.firstMs).toBeGreaterThan(0);
    expect(knownAt.repeatMs).toBeGreaterThan(0);
    // The HTTP benchmark before it signed a trust admin up: the log is a little longer by then.
    expect(knownAt.catchUp?.with.events).toBeGreaterThanOrEqual(generated.events);
    expect(knownAt.catchUp?.with.checkpoints).toBeGreaterThan(0);
    expect(knownAt.packs?.frozenMatches).toBe(true);
    expect(knownAt.packs?.evidencePackMb).toBeGreaterThan(0);
    expect(results.staffImport).toMatchObject({ rows: 500, applyMs: expect.any(Number), reapplyMs: expect.any(Number) });
    const acknowledgements = results.acknowledgements!;
    expect(acknowledgements.acknowledgements).toBeGreaterThan(0);
    expect(acknowledgements.trust.firstMs).toBeGreaterThan(0);
    expect(acknowledgements.school.medianMs).toBeGreaterThan(0);
    expect(results.goals.map((goal) => goal.goal)).toHaveLength(16);
    expect(lines.join('\n')).toContain('| benchmark');
  }, 120_000);
});
