import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, startServerProcess } from './support/server-process';

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/*
 * 127.0.0.2 is this machine too (Linux routes all of 127.0.0.0/8 to loopback) but is not
 * 127.0.0.1: it answers only when the server listens on every interface. This machine's own
 * non-loopback addresses, where it has any, are what other machines would reach.
 */
const otherInterfaces = Object.values(networkInterfaces())
  .flatMap((entries) => entries ?? [])
  .filter((entry) => entry.family === 'IPv4' && !entry.internal)
  .map((entry) => entry.address);

describe('HOST: where the real server listens', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-host-'));
  });
  afterEach(async () => {
    await server?.kill('SIGTERM');
    server = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });
  const portOf = (running: ServerProcess) => Number(new URL(running.url).port);

  it('listens on 127.0.0.1 only by default, and its banner says so', async () => {
    server = await startServerProcess(dataDir, { HOST: '' });
    expect(server.banner).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ /);
    expect(server.banner).not.toMatch(/other machines/);
    const port = portOf(server);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    expect(await accepts('127.0.0.2', port)).toBe(false);
    for (const address of otherInterfaces) expect(await accepts(address, port)).toBe(false);
  });

  it('honours HOST=0.0.0.0 and warns that other machines can reach it', async () => {
    server = await startServerProcess(dataDir, { HOST: '0.0.0.0' });
    expect(server.banner).toMatch(/listening on http:\/\/0\.0\.0\.0:\d+ /);
    expect(server.banner).toMatch(/every interface: other machines can reach the service/);
    const port = portOf(server);
    expect(await accepts('127.0.0.2', port)).toBe(true);
    for (const address of otherInterfaces) expect(await accepts(address, port)).toBe(true);
  });
});
