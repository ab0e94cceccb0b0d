import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives sensible defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      eventStore: 'sqlite',
      demoData: true,
      sqliteSynchronous: 'FULL',
      reviewScanTime: '06:00',
    });
    expect(config.dataDir.endsWith('data')).toBe(true);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/tmp/gov',
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      GOVERNANCE_ADMIN_TOKEN: 'a'.repeat(32),
      DEMO_DATA: 'false',
      CLOCK_TODAY: '2027-01-15',
      SQLITE_SYNCHRONOUS: 'normal',
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/tmp/gov',
      eventStore: 'eventstoredb',
      demoData: false,
      clockToday: '2027-01-15',
      sqliteSynchronous: 'NORMAL',
    });
  });

  it('names every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        EVENT_STORE: 'postgres',
        DEMO_DATA: 'maybe',
        CLOCK_TODAY: '2026-02-30',
        SQLITE_SYNCHRONOUS: 'OFF',
        GOVERNANCE_ADMIN_TOKEN: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'EVENT_STORE', 'DEMO_DATA', 'CLOCK_TODAY', 'SQLITE_SYNCHRONOUS', 'GOVERNANCE_ADMIN_TOKEN']) {
      expect(problems).toContain(name);
    }
  });

  it('requires a connection string for EventStoreDB', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING is required/);
  });

  it('listens on loopback and believes no proxy unless told', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', trustProxy: [] });
    expect(loadConfig({ HOST: '0.0.0.0', TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback' })).toMatchObject({
      host: '0.0.0.0',
      trustProxy: ['10.0.0.5', '10.1.0.0/16', 'loopback'],
    });
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toEqual([]);
  });

  it('refuses a bad HOST, proxy, tamper key or a key file inside DATA_DIR', () => {
    expect(() =>
      loadConfig({ HOST: 'not a host', TRUST_PROXY: '10.0.0.0/99', TAMPER_KEY: 'short', DATA_DIR: '/srv/gov', TAMPER_KEY_FILE: '/srv/gov/key' }),
    ).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringContaining('HOST must be'),
          expect.stringContaining('TRUST_PROXY must list'),
          expect.stringContaining('TAMPER_KEY must be at least 32'),
          expect.stringContaining('TAMPER_KEY_FILE must be outside DATA_DIR'),
        ],
      }),
    );
    expect(loadConfig({ DATA_DIR: '/srv/gov', TAMPER_KEY_FILE: '/etc/gov/tamper.key' }).tamperKeyFile).toBe('/etc/gov/tamper.key');
  });

  it('waits 5 seconds for EventStoreDB at start-up unless told otherwise', () => {
    expect(loadConfig({}).eventStoreConnectTimeoutMs).toBe(5000);
    expect(loadConfig({ EVENTSTORE_CONNECT_TIMEOUT_MS: '1500' }).eventStoreConnectTimeoutMs).toBe(1500);
    expect(() => loadConfig({ EVENTSTORE_CONNECT_TIMEOUT_MS: 'soon' })).toThrow(/EVENTSTORE_CONNECT_TIMEOUT_MS must be/);
  });

  it('groups commits on the SQLite store unless EVENT_STORE_GROUP_COMMIT is off', () => {
    expect(loadConfig({}).eventStoreGroupCommit).toBe(true);
    expect(loadConfig({ EVENT_STORE_GROUP_COMMIT: 'off' }).eventStoreGroupCommit).toBe(false);
    expect(loadConfig({ EVENT_STORE_GROUP_COMMIT: 'ON' }).eventStoreGroupCommit).toBe(true);
    expect(() => loadConfig({ EVENT_STORE_GROUP_COMMIT: 'maybe' })).toThrow(/EVENT_STORE_GROUP_COMMIT must be on or off/);
  });
  it('keeps the local, derived files in DATA_DIR unless LOCAL_DIR is set', () => {
    expect(loadConfig({ DATA_DIR: '/srv/gov' }).localDir).toBe('/srv/gov');
    expect(loadConfig({}).localDir).toBe(loadConfig({}).dataDir);
  });

  it('resolves a relative LOCAL_DIR as DATA_DIR is, from the working folder', () => {
    expect(loadConfig({ DATA_DIR: 'data', LOCAL_DIR: 'cache/instance-a' }).localDir).toBe(resolve('cache/instance-a'));
  });

  it('takes an explicit LOCAL_DIR apart from DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: '/srv/gov', LOCAL_DIR: '/var/cache/gov-a' })).toMatchObject({
      dataDir: '/srv/gov',
      localDir: '/var/cache/gov-a',
    });
  });
});
