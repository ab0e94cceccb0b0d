import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
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

/** `npm start`'s entry point once built; the TypeScript sources (as the e2e suites run them) otherwise. */
function serverArgs(): string[] {
  return compiled
    ? [resolve(ROOT, 'dist/apps/api/src/main.js')]
    : ['-r', resolve(ROOT, 'test/support/register-ts.js'), resolve(ROOT, 'apps/api/src/main.ts')];
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Starts the real server as its own process on `dataDir` and waits until /api/health answers 200. */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, serverArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      GOVERNANCE_ADMIN_TOKEN: BENCH_OPERATOR_TOKEN,
      TOKEN_SECRET: 'bench-token-secret-0123456789abcdef0123',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up: ${stderr}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become healthy: ${stderr}`);
    }
    await new Promise((done) => setTimeout(done, 10));
  }
  const startupSeconds = seconds(started);
  return {
    url,
    startupSeconds,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
