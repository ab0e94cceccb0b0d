import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, startServerProcess } from './support/server-process';

/** Waits (without judging how long) until the server's stdout holds `text`. */
async function untilPrinted(server: ServerProcess, text: string): Promise<void> {
  while (!server.stdout().includes(text)) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** stdout split at its first JSON line: the plain block a person reads first, and the log after it. */
function split(stdout: string): { block: string[]; log: string[] } {
  const lines = stdout.split('\n');
  const firstJson = lines.findIndex((line) => line.startsWith('{'));
  return {
    block: firstJson === -1 ? lines : lines.slice(0, firstJson),
    log: (firstJson === -1 ? [] : lines.slice(firstJson)).filter((line) => line !== ''),
  };
}

const FRAMEWORK_CHATTER = /"context":"(InstanceLoader|RoutesResolver|RouterExplorer)"/;

describe('what `npm start` prints first', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-startup-'));
  });
  afterEach(async () => {
    await server?.kill('SIGTERM');
    server = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on an empty store with the demo: where to open the app and how to sign in, in plain words, before any JSON line', async () => {
    server = await startServerProcess(dataDir, { DEMO_DATA: 'true', LOG_LEVEL: 'info' });
    await untilPrinted(server, '"context":"DemoData"');
    const password = /password for every demo login: (\S+)/.exec(readFileSync(join(dataDir, 'demo-logins.txt'), 'utf8'))![1];
    const { block, log } = split(server.stdout());

    expect(block[0]).toBe(server.banner);
    expect(block[0]).toMatch(/^Governance tracker listening on http:\/\/127\.0\.0\.1:\d+ /);
    expect(block).toContain(`Open the app in a browser: ${server.url}/`);
    expect(block.some((line) => line.includes('helen.carter@meridian-trust.example'))).toBe(true);
    expect(block).toContain(`    password for every demo login: ${password}`);
    expect(block.find((line) => line.startsWith('Logs:'))).toMatch(/JSON lines .* LOG_LEVEL=info\. LOG_LEVEL=debug adds/);
    expect(block.length).toBeLessThan(30);

    // After the block: JSON log lines only, the application's own, not Nest's start-up chatter.
    expect(log.length).toBeGreaterThan(0);
    for (const line of log) expect(() => JSON.parse(line)).not.toThrow();
    expect(log.filter((line) => FRAMEWORK_CHATTER.test(line))).toEqual([]);
    expect(log.some((line) => line.includes('Loaded the demo trust'))).toBe(true);
  }, 120_000);

  it('on a later start: points to the saved demo logins; LOG_LEVEL=debug brings the framework lines back, after the block', async () => {
    server = await startServerProcess(dataDir, { DEMO_DATA: 'true', LOG_LEVEL: 'debug' });
    await untilPrinted(server, '"context":"RouterExplorer"');
    const { block, log } = split(server.stdout());
    expect(block[0]).toBe(server.banner);
    expect(block).toContain(`To sign in: the demo logins and their password are in ${join(dataDir, 'demo-logins.txt')}`);
    expect(log.filter((line) => FRAMEWORK_CHATTER.test(line)).length).toBeGreaterThan(20);
  }, 120_000);
});
