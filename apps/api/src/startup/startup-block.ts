import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../config/app-config';
import { listeningBanner } from '../listening-banner';

export interface StartupFacts {
  address: AddressInfo | string | null;
  /** Sign-in details printed on this start: the demo logins, a generated operator token. */
  signIn: string[];
  /** Where the demo logins of an earlier start are saved, when they are. */
  savedDemoLogins: string | null;
  logLevel: AppConfig['logLevel'];
}

const EVERY_INTERFACE = new Set(['0.0.0.0', '::']);

/**
 * The first thing `npm start` prints, in plain words: where to open the app, how to sign in,
 * where the logs go. Its first line is the listening line (test/support/server-process.ts
 * reads the port from it).
 */
export function startupBlock(facts: StartupFacts): string {
  const open = openUrl(facts.address);
  return [
    listeningBanner(facts.address),
    '',
    ...(open ? [`Open the app in a browser: ${open}`, ''] : []),
    ...signInLines(facts),
    logsLine(facts.logLevel),
    '',
  ].join('\n');
}

/** The address a browser on this machine opens: localhost when every interface listens. */
export function openUrl(address: AddressInfo | string | null): string | null {
  if (address === null || typeof address === 'string') return null;
  if (EVERY_INTERFACE.has(address.address)) return `http://localhost:${address.port}/`;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

function signInLines(facts: StartupFacts): string[] {
  if (facts.signIn.length > 0) return facts.signIn.flatMap((text) => [text.trimEnd(), '']);
  if (facts.savedDemoLogins) return [`To sign in: the demo logins and their password are in ${facts.savedDemoLogins}`, ''];
  return ['To sign in: use your email and password. The operator creates each trust and its first administrator (README, "Trusts, people and sign-in").', ''];
}

function logsLine(level: AppConfig['logLevel']): string {
  if (level === 'silent') return 'Logs: none (LOG_LEVEL=silent).';
  const more = level === 'debug' ? '' : ' LOG_LEVEL=debug adds the framework\'s start-up detail.';
  return `Logs: JSON lines from here on, on stdout (warnings and errors on stderr), at LOG_LEVEL=${level}.${more}`;
}
