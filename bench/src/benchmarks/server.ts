import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { seconds } from './stats';

/** The operator token the benchmark servers are started with (never a real deployment's). */
export const BENCH_OPERATOR_TOKEN = 'bench-operator-token-0123456789abcdef';

export interface RunningServer {
  url: string;
  /** Seconds from spawning the process to the first 200 from GET /api/health. */
  startupSeconds: number;
  /** The server process's id (its RSS is read from /proc). */
  pid: number | undefined;
  stop(): Promise<void>;
}

const compiled = !__filename.endsWith('.ts');
/** The repository root, from dist/bench/src/benchmarks or bench/src/benchmarks. */
export const ROOT = resolve(__dirname, compiled ? '../../../..' : '../../..');

/** How a benchmark starts the server: a command, and whether it runs in a process group of its own. */
export interface ServerLaunch {
  command: string;
  args: string[];
  /** Stop the whole group (a launcher such as npm with the server as its child), not just the process. */
  processGroup?: boolean;
}

/** The bare server: `npm start`'s entry point once built; the TypeScript sources (as the e2e suites run them) otherwise. */
export function bareServerLaunch(): ServerLaunch {
  const args = compiled
    ? [resolve(ROOT, 'dist/apps/api/src/main.js')]
    : ['-r', resolve(ROOT, 'test/support/register-ts.js'), resolve(ROOT, 'apps/api/src/main.ts')];
  return { command: process.execPath, args };
}

/** Starts the real server as its own process on `dataDir` and waits until /api/health answers 200. */
export async function startServer(
  dataDir: string,
  env: Record<string, string> = {},
  launch: ServerLaunch = bareServerLaunch(),
): Promise<RunningServer> {
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(launch.command, launch.args, {
    cwd: ROOT,
    env: {
      ...process.env,
      // The kernel's choice, read back from the start-up line: a port picked here and handed over
      // could be taken meanwhile by a server another test worker starts.
      PORT: '0',
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      GOVERNANCE_ADMIN_TOKEN: BENCH_OPERATOR_TOKEN,
      TOKEN_SECRET: 'bench-token-secret-0123456789abcdef0123',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: launch.processGroup === true,
  });
  const kill = (signal: NodeJS.Signals) => {
    if (launch.processGroup && child.pid !== undefined) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* the group has already gone */
      }
    } else child.kill(signal);
  };
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let stdout = '';
  // Only the start-up lines matter; later output is drained and dropped.
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout.length < 64_000 && (stdout += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 120_000;
  const timedOut = (what: string) => {
    kill('SIGKILL');
    return new Error(`The server did not ${what}: ${stderr}`);
  };
  let listening: RegExpExecArray | null;
  // A whole line, so a port cut in two by the pipe is not read half-written.
  while (!(listening = /listening on \S+:(\d+).*\n/.exec(stdout))) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up: ${stderr}`);
    if (Date.now() > deadline) throw timedOut('start listening');
    await new Promise((done) => setTimeout(done, 10));
  }
  const url = `http://127.0.0.1:${listening[1]}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up: ${stderr}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw timedOut('become healthy');
    await new Promise((done) => setTimeout(done, 10));
  }
  const startupSeconds = seconds(started);
  return {
    url,
    startupSeconds,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 10_000);
      await exited;
      if (launch.processGroup) await groupGone(child.pid);
      clearTimeout(timer);
    },
  };
}

/** Waits until no process of the group is left (npm may exit before the server it started). */
async function groupGone(pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  for (;;) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((done) => setTimeout(done, 20));
  }
}
