import type { BenchResults } from './results';

/** A Markdown table: readable in a terminal and pasted as is into the README. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

const n = (value: number) => Math.round(value).toLocaleString('en-GB');
const pct = (value: number) => `${Math.round(value * 100)}%`;

/** Every figure beside the baseline it was measured against in the same run. */
export function figuresTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const run of results.commands ?? []) {
    rows.push([
      `commands through CommandExecutor, synchronous=${run.synchronous} (${n(run.commands)} commands)`,
      `${n(run.commandsPerSecond)} commands/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms`,
      `raw better-sqlite3, one transaction per command: ${n(run.raw.transactionsPerSecond)}/s`,
      pct(run.ratio),
    ]);
  }
  if (results.rebuild) {
    const { rebuild, rawScan, ratio, catchUp } = results.rebuild;
    const scan = `raw scan + JSON.parse: ${n(rawScan.eventsPerSecond)} events/s`;
    rows.push([`rebuild of every read model (${n(rebuild.events)} events)`, `${n(rebuild.eventsPerSecond)} events/s (${rebuild.seconds} s), peak RSS ${rebuild.peakRssMb} MB`, scan, pct(ratio)]);
    if (catchUp) rows.push(['live runner catching up from empty read models', `${n(catchUp.eventsPerSecond)} events/s (${catchUp.seconds} s), peak RSS ${catchUp.peakRssMb} MB`, scan, pct(catchUp.ratio)]);
  }
  if (results.http) {
    const { health, compliance, register, connections, durationSeconds } = results.http;
    const base = `GET /api/health: p50 ${health.p50Ms} ms, p99 ${health.p99Ms} ms, ${n(health.requestsPerSecond)} req/s`;
    const load = `${connections} connections, ${durationSeconds} s`;
    rows.push([`GET compliance, ${results.http.schoolsInCompliance} schools (${load})`, `p50 ${compliance.p50Ms} ms, p99 ${compliance.p99Ms} ms, ${n(compliance.requestsPerSecond)} req/s${failures(compliance.failures)}`, base, pct(compliance.ratioToHealth)]);
    rows.push([`GET a school's register (${load})`, `p50 ${register.p50Ms} ms, p99 ${register.p99Ms} ms, ${n(register.requestsPerSecond)} req/s${failures(register.failures)}`, base, pct(register.ratioToHealth)]);
    rows.push(['first GET after start-up (nothing remembered yet)', `compliance ${results.http.coldComplianceMs} ms, register ${results.http.coldRegisterMs} ms`, '-', '-']);
  }
  if (results.startup) {
    const { events, medianSeconds, runsSeconds, npmStart } = results.startup;
    const bare = `node dist/apps/api/src/main.js: ${medianSeconds} s (median of ${runsSeconds.length})`;
    rows.push([`start-up to healthy (${n(events)} events, read models persisted)`, `${medianSeconds} s (median of ${runsSeconds.length})`, '-', '-']);
    rows.push(
      npmStart.available
        ? ['npm start on a built tree to healthy (build check, then the server)', `${npmStart.medianSeconds} s (median of ${npmStart.runsSeconds.length})`, bare, `${npmStart.ratio}x`]
        : ['npm start on a built tree to healthy', `not measured: ${npmStart.reason}`, bare, '-'],
    );
  }
  if (results.uploads) {
    const { baseline, underBombs, answers, bombs, connections, durationSeconds } = results.uploads;
    const answered = Object.entries(answers).map(([status, count]) => `${count}x ${status}`).join(', ');
    rows.push([
      `GET /api/health while ${bombs} document bombs upload at once (${connections} connections, ${durationSeconds} s; uploads answered ${answered})`,
      `p50 ${underBombs.p50Ms} ms, p99 ${underBombs.p99Ms} ms${failures(underBombs.failures)}; server RSS ${results.uploads.rssBeforeMb} -> peak ${results.uploads.peakRssMb} MB (+${results.uploads.rssGrowthMb} MB)`,
      `no uploads: p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms`,
      baseline.p99Ms > 0 ? `${Math.round((underBombs.p99Ms / baseline.p99Ms) * 10) / 10}x p99` : '-',
    ]);
  }
  if (results.staffImport) {
    const f = results.staffImport;
    rows.push([
      `staff import of ${f.rows} rows into one school (${n(f.trustPeople)} people in the trust)`,
      `apply ${f.applyMs} ms; again ${f.reapplyMs} ms; next term's list ${f.turnoverMs} ms`,
      `dry run ${f.dryRunMs} ms`,
      '-',
    ]);
  }
  if (results.knownAt) {
    const k = results.knownAt;
    rows.push([
      `GET /compliance?knownAt=<half way ... ${k.position}> (first answers at 5 positions, then a repeat; an instant first)`,
      `median ${k.firstMs} ms (${Math.min(...k.firstsMs)}-${Math.max(...k.firstsMs)}), then ${k.repeatMs} ms; instant ${k.instantFirstMs} ms`,
      `live: ${k.liveFirstMs} ms first, ${k.liveRepeatMs} ms repeat, ${k.liveAfterKnownAtMs} ms after knownAt`,
      k.liveRepeatMs > 0 ? `${Math.round((k.repeatMs / k.liveRepeatMs) * 10) / 10}x repeat` : '-',
    ]);
    rows.push([`GET /compliance?knownAt=${k.worstPosition} (just before a checkpoint: a whole interval folded)`, `${k.worstFirstMs} ms`, '-', '-']);
    if (k.packs) {
      const p = k.packs;
      rows.push([
        `clerk's pack (${p.term}, trust board, JSON) rebuilt as circulated: GET /minutes-packs/:eventId`,
        `${p.frozenMs} ms (${p.frozenMatches ? 'matches' : 'DOES NOT match'})`,
        `generated live: ${p.liveMs} ms`,
        '-',
      ]);
      rows.push(["one school's evidence pack (zip)", `${p.evidencePackMs} ms, ${p.evidencePackMb} MB`, '-', '-']);
    }
    if (k.catchUp) {
      const { without, with: withCheckpoints } = k.catchUp;
      rows.push([
        `live runner catch-up writing knownAt checkpoints every ${withCheckpoints.interval.toLocaleString('en-GB')} positions`,
        `${withCheckpoints.eventsPerSecond.toLocaleString('en-GB')} events/s (${withCheckpoints.seconds} s); ${withCheckpoints.checkpoints} checkpoints, ${withCheckpoints.checkpointsMb} MB (newest ${withCheckpoints.newestCheckpointMb} MB), writing them ${withCheckpoints.writingMs} ms (newest ${withCheckpoints.newestWriteMs} ms)`,
        `without checkpoints: ${without.eventsPerSecond.toLocaleString('en-GB')} events/s (${without.seconds} s)`,
        `${Math.round((withCheckpoints.eventsPerSecond / without.eventsPerSecond) * 100)}%`,
      ]);
    }
  }
  if (results.concurrentCommands) {
    const c = results.concurrentCommands;
    const raw = `raw better-sqlite3, one transaction per command: ${n(c.raw.transactionsPerSecond)}/s`;
    for (const run of [c.on, c.off]) {
      rows.push([
        `${c.connections} clients at once registering policies over HTTP, FULL, group commit ${run.groupCommit ? 'on' : 'off'} (${c.durationSeconds} s; load ${run.loadAverage.join(' ')})`,
        `${n(run.commandsPerSecond)} commands/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms${failures(run.failures)}`,
        raw,
        `${Math.round((run.commandsPerSecond / c.raw.transactionsPerSecond) * 100) / 100}x${run.groupCommit ? `; ${c.gain}x off` : ''}`,
      ]);
    }
  }
  if (results.peer) {
    const peer = results.peer;
    if (peer.available) {
      const retries = peer.emmett.busyRetries > 0 ? ` (${peer.emmett.busyRetries} SQLITE_BUSY retried)` : '';
      rows.push([`append, one event per append (${n(peer.events)} events, FULL)`, `ours ${n(peer.ours.appendsPerSecond)}/s`, `Emmett SQLite ${peer.version}: ${n(peer.emmett.appendsPerSecond)}/s${retries}`, `${peer.appendRatio}x`]);
      rows.push([`read back every stream (${n(peer.streams)} streams)`, `ours ${n(peer.ours.readEventsPerSecond)} events/s`, `Emmett SQLite ${peer.version}: ${n(peer.emmett.readEventsPerSecond)} events/s`, `${peer.readRatio}x`]);
    } else {
      rows.push(['peer: Emmett SQLite event store', `not measured: ${peer.reason}`, '-', '-']);
    }
  }
  if (results.acknowledgements) {
    const a = results.acknowledgements;
    const what = `${a.shape.schools} schools x ${a.shape.staffPerSchool} staff x ${a.shape.policies} policies, ${n(a.acknowledgements)} acknowledgements`;
    const base = `GET /api/health: first ${a.health.firstMs} ms, median ${a.health.medianMs} ms`;
    rows.push([`GET acknowledgements, the trust (${what})`, `first ${a.trust.firstMs} ms, median of later ${a.trust.medianMs} ms; computed afresh ${a.uncachedTrustMs} ms`, base, `${a.trust.ratioToHealth}x`]);
    rows.push(['GET acknowledgements, one school with names', `first ${a.school.firstMs} ms, median of later ${a.school.medianMs} ms; computed afresh ${a.uncachedSchoolMs} ms`, base, `${a.school.ratioToHealth}x`]);
    rows.push([`the trust written (${n(a.events)} events) and caught up by the server`, `${a.writeSeconds} s written, ${a.catchUpSeconds} s start and catch-up`, '-', '-']);
  }
  return markdownTable(['benchmark', 'result', 'baseline (same run)', 'ratio'], rows);
}

export function goalsTable(results: BenchResults): string {
  return markdownTable(['goal', 'measured', 'met'], results.goals.map((goal) => [goal.goal, goal.measured, goal.met ? 'yes' : 'NO']));
}

function failures(count: number): string {
  return count > 0 ? ` (${n(count)} FAILED)` : '';
}
