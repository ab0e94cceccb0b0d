import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { OPERATOR_TOKEN, TestApp } from './test-app';

export interface ServerProcess {
  url: string;
  /** The start-up line that says where the server listens. */
  banner: string;
  /** What the server has written to stdout so far (the first 64 000 characters). */
  stdout(): string;
  /** A supertest agent on the child's URL, shaped like TestApp so the fixtures work with it. */
  app: TestApp;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the real server (apps/api/src/main.ts, compiled on load by SWC) as a child process on
 * `dataDir`, and resolves once /api/health answers. The child listens on a port the kernel
 * gives it (PORT=0) and says which on stdout: a port chosen here and handed over could be
 * taken by another test worker meanwhile, and its server would then answer our health check.
 * The child inherits EVENT_STORE and EVENTSTORE_CONNECTION_STRING, so it runs on the store the
 * environment names (see event-store-under-test.ts).
 */
export async function startServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const root = join(__dirname, '../..');
  const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      GOVERNANCE_ADMIN_TOKEN: OPERATOR_TOKEN,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stdout = '';
  // Only the start-up lines matter; later output is drained and dropped.
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout.length < 64_000 && (stdout += chunk));
  const deadline = Date.now() + 60_000;
  let listening: RegExpExecArray | null;
  // A whole line, so a port cut in two by the pipe is not read half-written.
  while (!(listening = /^(.*listening on \S+:(\d+).*)\n/m.exec(stdout))) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`The server did not start listening: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [, banner, port] = listening;
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up: ${stderr}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`The server did not become healthy: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const app = { http: request(url), dataDir } as unknown as TestApp;
  return {
    url,
    banner,
    stdout: () => stdout,
    app,
    child,
    exited,
    kill(signal) {
      child.kill(signal);
      return exited;
    },
  };
}

export interface ServerExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real server for a start-up that is meant to fail, and resolves with how it exited.
 * A server still running after `timeoutMs` is killed and reported with code null.
 */
export async function runServerToExit(
  dataDir: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ServerExit> {
  const root = join(__dirname, '../..');
  const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}
