import type { AddressInfo } from 'node:net';

const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/**
 * The start-up line: the address and port the server really listens on (test/support/
 * server-process.ts reads the port from it). Listening on every interface is said out loud,
 * since it makes the service reachable from other machines.
 */
export function listeningBanner(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') {
    return `Governance tracker listening on ${address ?? 'an unknown address'} (API docs at /api/docs)`;
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const reach = EVERY_INTERFACE.has(address.address)
    ? '. That is every interface: other machines can reach the service (HOST=127.0.0.1 keeps it to this one)'
    : '';
  return `Governance tracker listening on http://${host}:${address.port} (API docs at /api/docs)${reach}`;
}
