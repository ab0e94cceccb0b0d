import { isIP } from 'node:net';
import { resolve, sep } from 'node:path';
import { DEFAULT_CHECKPOINT_INTERVAL, DEFAULT_FAR_BEHIND_EVENTS } from '@governance/projections';

export type EventStoreEngine = 'sqlite' | 'eventstoredb';

export interface AppConfig {
  port: number;
  /** The interface the server listens on: 127.0.0.1 by default, 0.0.0.0 (or ::) for a deployment. */
  host: string;
  /** Proxies whose X-Forwarded-For is believed (express "trust proxy" values); none by default. */
  trustProxy: string[];
  /** HMAC key of the tamper-evidence chain, kept outside DATA_DIR (TAMPER_KEY). */
  tamperKey?: string;
  /** A file outside DATA_DIR holding the tamper-evidence keys (TAMPER_KEY_FILE). */
  tamperKeyFile?: string;
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
  /** How long start-up waits for EventStoreDB's first answer before stopping (EVENTSTORE_CONNECT_TIMEOUT_MS). */
  eventStoreConnectTimeoutMs: number;
  /** Log positions between read-model checkpoints for knownAt (READ_MODEL_CHECKPOINT_EVENTS); 0: none. */
  readModelCheckpointEvents: number;
  /** Positions behind the log's head from which the projection runner catches up in bulk (PROJECTION_FAR_BEHIND_EVENTS); 0: never. */
  projectionFarBehindEvents: number;
  /** EVENT_STORE_GROUP_COMMIT (default on): SQLite appends of one event-loop turn share one commit. */
  eventStoreGroupCommit: boolean;
  /**
   * LOCAL_DIR (default DATA_DIR): this instance's files derived from the log and safe to lose
   * (read models, knownAt checkpoints, kept answers); rebuilt from the log when missing.
   */
  localDir: string;
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

  const host = value('HOST') ?? '127.0.0.1';
  if (isIP(host) === 0 && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host)) {
    problems.push(`HOST must be an address to listen on, such as 127.0.0.1 or 0.0.0.0 (got "${host}")`);
  }

  const trustProxy = (value('TRUST_PROXY') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !/^(off|false|none)$/i.test(entry));
  for (const entry of trustProxy) {
    if (!isProxyAddress(entry)) {
      problems.push(
        `TRUST_PROXY must list the proxies' addresses, such as 10.0.0.5 or 10.0.0.0/24, or loopback (got "${entry}")`,
      );
    }
  }

  const dataDir = resolve(value('DATA_DIR') ?? './data');
  const tamperKey = value('TAMPER_KEY');
  if (tamperKey !== undefined && tamperKey.length < 32) {
    problems.push('TAMPER_KEY must be at least 32 characters long (e.g. the output of: openssl rand -hex 32)');
  }
  const tamperKeyFileRaw = value('TAMPER_KEY_FILE');
  const tamperKeyFile = tamperKeyFileRaw === undefined ? undefined : resolve(tamperKeyFileRaw);
  if (tamperKeyFile !== undefined && (tamperKeyFile === dataDir || tamperKeyFile.startsWith(dataDir + sep))) {
    problems.push(`TAMPER_KEY_FILE must be outside DATA_DIR (${dataDir}): whoever can write the data must not hold the key`);
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

  const connectTimeoutMs = Number(value('EVENTSTORE_CONNECT_TIMEOUT_MS') ?? '5000');
  if (!Number.isInteger(connectTimeoutMs) || connectTimeoutMs < 100 || connectTimeoutMs > 300_000) {
    problems.push(
      `EVENTSTORE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds from 100 to 300000 (got "${value('EVENTSTORE_CONNECT_TIMEOUT_MS')}")`,
    );
  }

  const checkpointEvents = Number(value('READ_MODEL_CHECKPOINT_EVENTS') ?? String(DEFAULT_CHECKPOINT_INTERVAL));
  if (!Number.isInteger(checkpointEvents) || checkpointEvents < 0) {
    problems.push(
      `READ_MODEL_CHECKPOINT_EVENTS must be a whole number of log positions, or 0 for none (got "${value('READ_MODEL_CHECKPOINT_EVENTS')}")`,
    );
  }

  const farBehindEvents = Number(value('PROJECTION_FAR_BEHIND_EVENTS') ?? String(DEFAULT_FAR_BEHIND_EVENTS));
  if (!Number.isInteger(farBehindEvents) || farBehindEvents < 0) {
    problems.push(
      `PROJECTION_FAR_BEHIND_EVENTS must be a whole number of log positions, or 0 to never catch up in bulk (got "${value('PROJECTION_FAR_BEHIND_EVENTS')}")`,
    );
  }

  const groupCommit = (value('EVENT_STORE_GROUP_COMMIT') ?? 'on').toLowerCase();
  if (groupCommit !== 'on' && groupCommit !== 'off') {
    problems.push(`EVENT_STORE_GROUP_COMMIT must be on or off (got "${value('EVENT_STORE_GROUP_COMMIT')}")`);
  }

  const localDir = resolve(value('LOCAL_DIR') ?? dataDir);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    trustProxy,
    tamperKey,
    tamperKeyFile,
    dataDir,
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
    eventStoreConnectTimeoutMs: connectTimeoutMs,
    readModelCheckpointEvents: checkpointEvents,
    projectionFarBehindEvents: farBehindEvents,
    eventStoreGroupCommit: groupCommit !== 'off',
    localDir,
  };
}

function hostOf(url: string): string {
  return /^https?:\/\/(?:[^@/]*@)?([^:/]+)/.exec(url)?.[1] ?? 'localhost';
}

/** An address, a CIDR range, or one of express's names for a range. */
function isProxyAddress(entry: string): boolean {
  if (/^(loopback|linklocal|uniquelocal)$/.test(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const width = Number(bits);
  return /^\d{1,3}$/.test(bits) && width <= (family === 4 ? 32 : 128);
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
