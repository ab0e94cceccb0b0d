import { listeningBanner } from './listening-banner';

describe('listeningBanner', () => {
  it('names the address and port the server listens on', () => {
    expect(listeningBanner({ address: '127.0.0.1', family: 'IPv4', port: 3000 })).toBe(
      'Governance tracker listening on http://127.0.0.1:3000 (API docs at /api/docs)',
    );
    expect(listeningBanner({ address: '::1', family: 'IPv6', port: 8080 })).toMatch(
      /^Governance tracker listening on http:\/\/\[::1\]:8080 \(API docs/,
    );
  });

  it('says so when every interface listens, and other machines can reach the service', () => {
    for (const [address, family, shown] of [
      ['0.0.0.0', 'IPv4', '0.0.0.0'],
      ['::', 'IPv6', '[::]'],
    ]) {
      const banner = listeningBanner({ address, family, port: 3000 });
      expect(banner).toContain(`listening on http://${shown}:3000 (API docs at /api/docs)`);
      expect(banner).toContain('every interface: other machines can reach the service');
    }
  });

  it('keeps the port where the test harness looks for it', () => {
    const banner = listeningBanner({ address: '::', family: 'IPv6', port: 41234 });
    expect(/listening on \S+:(\d+)/.exec(banner)?.[1]).toBe('41234');
  });
});
