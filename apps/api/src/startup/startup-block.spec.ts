import { openUrl, startupBlock } from './startup-block';

const local = { address: '127.0.0.1', family: 'IPv4', port: 3000 };

describe('startupBlock', () => {
  it('starts with the listening line, then where to open the app, how to sign in and where the logs go', () => {
    const block = startupBlock({ address: local, signIn: ['Demo data: ... Sign in as:\n\n    a@b.example  A\n'], savedDemoLogins: null, logLevel: 'info' });
    expect(block.split('\n')).toEqual([
      'Governance tracker listening on http://127.0.0.1:3000 (API docs at /api/docs)',
      '',
      'Open the app in a browser: http://127.0.0.1:3000/',
      '',
      'Demo data: ... Sign in as:',
      '',
      '    a@b.example  A',
      '',
      "Logs: JSON lines from here on, on stdout (warnings and errors on stderr), at LOG_LEVEL=info. LOG_LEVEL=debug adds the framework's start-up detail.",
      '',
    ]);
  });

  it('points to the saved demo logins on a later start, or to the operator when there are none', () => {
    expect(startupBlock({ address: local, signIn: [], savedDemoLogins: '/srv/data/demo-logins.txt', logLevel: 'warn' })).toContain(
      'To sign in: the demo logins and their password are in /srv/data/demo-logins.txt',
    );
    const plain = startupBlock({ address: local, signIn: [], savedDemoLogins: null, logLevel: 'silent' });
    expect(plain).toContain('To sign in: use your email and password. The operator creates each trust and its first administrator');
    expect(plain).toContain('Logs: none (LOG_LEVEL=silent).');
  });
});

describe('openUrl', () => {
  it('is localhost when every interface listens, the address itself otherwise', () => {
    expect(openUrl({ address: '0.0.0.0', family: 'IPv4', port: 8080 })).toBe('http://localhost:8080/');
    expect(openUrl({ address: '::', family: 'IPv6', port: 8080 })).toBe('http://localhost:8080/');
    expect(openUrl({ address: '::1', family: 'IPv6', port: 8080 })).toBe('http://[::1]:8080/');
    expect(openUrl('/tmp/socket')).toBeNull();
  });
});
