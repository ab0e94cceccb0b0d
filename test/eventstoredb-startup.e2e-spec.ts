import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServerToExit } from './support/server-process';

/** A loopback port that was free a moment ago and has nothing listening on it now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * EVENT_STORE=eventstoredb with a server that cannot be reached stops the real server at
 * start-up with EX_CONFIG (78) and a message an operator can act on, instead of starting and
 * failing on the first request. No EventStoreDB runs here: this is the one path testable without.
 */
describe('EventStoreDB unreachable at start-up', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-esdb-down-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits 78 naming the server without its password, within the connect timeout', async () => {
    const port = await closedPort();
    const exit = await runServerToExit(
      dataDir,
      {
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: `esdb://admin:changeit@127.0.0.1:${port}?tls=false`,
        EVENTSTORE_CONNECT_TIMEOUT_MS: '3000',
      },
      25_000,
    );
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(
      `Cannot reach EventStoreDB at esdb://admin:***@127.0.0.1:${port}?tls=false: `,
    );
    expect(exit.stderr).toContain('Check EVENTSTORE_CONNECTION_STRING');
    expect(exit.stderr + exit.stdout).not.toContain('changeit');
    expect(exit.stdout).not.toMatch(/listening on/);
  });

  it('stops the CLI the same way: exit 78 and the message, not a stack trace', async () => {
    const port = await closedPort();
    const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/cli.ts', 'projections:rebuild'], {
      cwd: join(__dirname, '..'),
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: `esdb://admin:changeit@127.0.0.1:${port}?tls=false`,
        EVENTSTORE_CONNECT_TIMEOUT_MS: '3000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(stderr).toContain(`Cannot reach EventStoreDB at esdb://admin:***@127.0.0.1:${port}?tls=false: `);
    expect(stderr).not.toContain('changeit');
  }, 25_000);
});
