import { resolve } from 'node:path';

export type EventStoreEngine = 'sqlite' | 'eventstoredb';

export interface AppConfig {
  port: number;
  dataDir: string;
  eventStore: EventStoreEngine;
  eventStoreConnectionString?: string;
  /** The platform operator's token; when unset, one is generated on first start. */
  adminToken?: string;
  demoData: boolean;
  /** Fixes the server's "today" (YYYY-MM-DD), for demos and tests. */
  clockToday?: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Secret that signs access tokens; generated once into DATA_DIR when unset. */
  tokenSecret?: string;
  /** Time of day (HH:MM, Europe/London) of the daily review scan. */
  reviewScanTime: string;
  /** REVIEW_SCAN=off turns the daily scan off (POST /api/admin/review-scan still works). */
  reviewScan: boolean;
  /** Where reminders are sent (smtp:// or smtps://); unset: recorded and logged, not sent. */
  smtpUrl?: string;
  /** The From of reminder emails. */
  mailFrom: string;
  /** The address people reach the service at, for links in emails and feeds (no trailing slash). */
  publicUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** A configuration value the operator must correct before the server can start. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment, naming every bad value at once. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const port = Number(value('PORT') ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${value('PORT')}")`);
  }

  const eventStore = value('EVENT_STORE') ?? 'sqlite';
  if (eventStore !== 'sqlite' && eventStore !== 'eventstoredb') {
    problems.push(`EVENT_STORE must be "sqlite" or "eventstoredb" (got "${eventStore}")`);
  }
  const connectionString = value('EVENTSTORE_CONNECTION_STRING');
  if (eventStore === 'eventstoredb' && !connectionString) {
    problems.push('EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb (e.g. esdb://localhost:2113?tls=false)');
  }
  if (connectionString && !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover):\/\//.test(connectionString)) {
    problems.push(`EVENTSTORE_CONNECTION_STRING must start with esdb:// (got "${connectionString}")`);
  }

  const demoData = parseBoolean(value('DEMO_DATA') ?? 'true');
  if (demoData === undefined) problems.push(`DEMO_DATA must be true or false (got "${value('DEMO_DATA')}")`);

  const clockToday = value('CLOCK_TODAY');
  if (clockToday !== undefined && !isCalendarDate(clockToday)) {
    problems.push(`CLOCK_TODAY must be a real date written YYYY-MM-DD (got "${clockToday}")`);
  }

  const synchronous = (value('SQLITE_SYNCHRONOUS') ?? 'FULL').toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') {
    problems.push(`SQLITE_SYNCHRONOUS must be FULL or NORMAL (got "${value('SQLITE_SYNCHRONOUS')}")`);
  }

  const adminToken = value('GOVERNANCE_ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < 24) {
    problems.push('GOVERNANCE_ADMIN_TOKEN must be at least 24 characters long');
  }
  const tokenSecret = value('TOKEN_SECRET');
  if (tokenSecret !== undefined && tokenSecret.length < 32) {
    problems.push('TOKEN_SECRET must be at least 32 characters long');
  }

  const reviewScanTime = value('REVIEW_SCAN_TIME') ?? '06:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(reviewScanTime)) {
    problems.push(`REVIEW_SCAN_TIME must be a time of day written HH:MM (got "${reviewScanTime}")`);
  }

  const reviewScan = parseBoolean(value('REVIEW_SCAN') ?? 'on');
  if (reviewScan === undefined) problems.push(`REVIEW_SCAN must be on or off (got "${value('REVIEW_SCAN')}")`);
  const smtpUrl = value('SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    problems.push('SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465');
  }
  const publicUrl = (value('PUBLIC_URL') ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(publicUrl)) {
    problems.push(`PUBLIC_URL must be an http(s) address such as https://governance.oaktrust.org.uk (got "${publicUrl}")`);
  }
  const mailFrom = value('MAIL_FROM') ?? `Governance tracker <reminders@${hostOf(publicUrl)}>`;

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of debug, info, warn, error, silent (got "${logLevel}")`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    dataDir: resolve(value('DATA_DIR') ?? './data'),
    eventStore: eventStore as EventStoreEngine,
    eventStoreConnectionString: connectionString,
    adminToken,
    demoData: demoData as boolean,
    clockToday,
    sqliteSynchronous: synchronous as 'FULL' | 'NORMAL',
    tokenSecret,
    reviewScanTime,
    reviewScan: reviewScan as boolean,
    smtpUrl,
    mailFrom,
    publicUrl,
    logLevel: logLevel as AppConfig['logLevel'],
  };
}

function hostOf(url: string): string {
  return /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(url)?.[1] ?? 'localhost';
}

function parseBoolean(raw: string): boolean | undefined {
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  return undefined;
}

function isCalendarDate(raw: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === raw;
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
