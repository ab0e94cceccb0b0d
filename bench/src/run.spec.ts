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
    expect(config.runs).toBe(1);
    expect(results.runs).toBe(1);
    const commands = results.commands!.map((run) => run.median);
    expect(commands.map((run) => `${run.synchronous} ${run.state}`)).toEqual(['FULL warm', 'FULL restart', 'NORMAL warm', 'NORMAL restart']);
    for (const run of commands) {
      expect(run.commands).toBeGreaterThan(50);
      expect(run.raw.transactions).toBe(run.commands);
      expect(run.ratio).toBeGreaterThan(0);
    }
    // After a restart the same commands append the same events: only where the state comes from differs.
    expect(commands[1].events).toBe(commands[0].events);
    const generated = results.generated!;
    expect(generated.events).toBeGreaterThan(300);
    expect(Object.keys(generated.byType)).toEqual(expect.arrayContaining(['TrustRegistered', 'SchoolAdded', 'PersonRegistered', 'PolicyRegistered', 'PolicyAdopted', 'PolicyReviewed', 'EIACompleted', 'LinkGovernorReported', 'TermlyReportSubmitted']));
    const rebuild = results.rebuild!.median;
    expect(rebuild.rebuild.events).toBe(generated.events);
    expect(rebuild.rawScan.events).toBe(generated.events);
    expect(rebuild.catchUp?.events).toBe(generated.events);
    const http = results.http!.median;
    expect(http.schoolsInCompliance).toBe(config.shape.schools);
    for (const route of [http.health, http.compliance, http.register]) {
      expect(route.failures).toBe(0);
      expect(route.requests).toBeGreaterThan(0);
    }
    expect(results.startup?.runsSeconds.length).toBe(config.startupRuns);
    // `npm start` is timed only on a built tree; otherwise the run says why it was not.
    const npmStart = results.startup!.npmStart;
    if (npmStart.available) expect(npmStart.runsSeconds.length).toBe(config.startupRuns);
    else expect(npmStart.reason).toContain('not built');
    expect(results.peer?.runs).toHaveLength(1);
    const uploads = results.uploads!.median;
    expect(Object.keys(uploads.answers).length).toBeGreaterThan(0);
    expect(Object.keys(uploads.answers).every((status) => status === '413' || status === '503')).toBe(true);
    expect(uploads.underBombs.requests).toBeGreaterThan(0);
    expect(uploads.baseline.requests).toBeGreaterThan(0);
    const knownAt = results.knownAt!.median;
    expect(knownAt.firstMs).toBeGreaterThan(0);
    expect(knownAt.repeatMs).toBeGreaterThan(0);
    // The HTTP benchmark before it signed a trust admin up: the log is a little longer by then.
    expect(knownAt.catchUp?.with.events).toBeGreaterThanOrEqual(generated.events);
    expect(knownAt.catchUp?.with.checkpoints).toBeGreaterThan(0);
    expect(knownAt.packs?.frozenMatches).toBe(true);
    expect(knownAt.packs?.evidencePackMb).toBeGreaterThan(0);
    expect(results.staffImport?.median).toMatchObject({ rows: 500, applyMs: expect.any(Number), reapplyMs: expect.any(Number) });
    const acknowledgements = results.acknowledgements!.median;
    expect(acknowledgements.acknowledgements).toBeGreaterThan(0);
    expect(acknowledgements.trust.firstMs).toBeGreaterThan(0);
    expect(acknowledgements.school.medianMs).toBeGreaterThan(0);
    const concurrent = results.concurrentCommands!.median;
    expect(concurrent.on.commandsPerSecond).toBeGreaterThan(0);
    expect(concurrent.off.commandsPerSecond).toBeGreaterThan(0);
    expect(concurrent.raw.transactionsPerSecond).toBeGreaterThan(0);
    expect(concurrent.on.healthPerSecond).toBeGreaterThan(0);
    expect(results.goals.map((goal) => goal.goal)).toHaveLength(22);
    // One run: the median is the run itself and the goals say so.
    expect(results.rebuild!.median).toEqual(results.rebuild!.runs[0]);
    expect(results.goals.every((goal) => goal.range === '1 run' || goal.range === '-')).toBe(true);
    expect(lines.join('\n')).toContain('| benchmark');
  }, 120_000);

  it('runs a benchmark BENCH_RUNS times and shows the median and the range of each figure', async () => {
    const config = { ...benchConfig({ BENCH_SCALE: 'tiny', BENCH_DATA_DIR: dataDir, BENCH_RUNS: '3', BENCH_ONLY: 'commands' }, []), inProcess: true };
    const lines: string[] = [];
    const results = await runBenchmarks(config, { log: (line) => lines.push(line), resultsFile: null });

    expect(results.runs).toBe(3);
    for (const run of results.commands!) {
      expect(run.runs).toHaveLength(3);
      const rates = run.runs.map((r) => r.commandsPerSecond).sort((a, b) => a - b);
      expect([run.min.commandsPerSecond, run.median.commandsPerSecond, run.max.commandsPerSecond]).toEqual(rates);
      // Each run's ratio is over its own baseline; the median is of those ratios.
      expect(run.median.ratio).toBe([...run.runs.map((r) => r.ratio)].sort((a, b) => a - b)[1]);
    }
    const goal = results.goals.find((g) => g.goal === 'command throughput >= 60% of raw append (FULL)')!;
    const ratios = results.commands![0].runs.map((r) => Math.round(r.ratio * 100)).sort((a, b) => a - b);
    expect(goal).toMatchObject({ measured: `${ratios[1]}%`, range: `${ratios[0]}%-${ratios[2]}% (3 runs)` });
    expect(goal.met).toBe(results.commands![0].median.ratio >= 0.6);
    expect(lines.join('\n')).toContain('| result: median of 3 runs (min-max)');
    expect(lines.join('\n')).toMatch(/\d[\d,]* \(\d[\d,]*-\d[\d,]*\) commands\/s/);
  }, 60_000);
});
