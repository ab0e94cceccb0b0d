/**
 * The event store the end-to-end suites run on, taken from the environment:
 * `EVENT_STORE=eventstoredb EVENTSTORE_CONNECTION_STRING=esdb://... npm test` runs the product
 * against that server; otherwise each app gets its own SQLite file in a temporary DATA_DIR.
 */
export const storeUnderTest: 'sqlite' | 'eventstoredb' =
  process.env.EVENT_STORE === 'eventstoredb' ? 'eventstoredb' : 'sqlite';

/** The settings that pick the store, to pass to an app or a server process. */
export function eventStoreEnv(): Record<string, string> {
  if (storeUnderTest === 'sqlite') return {};
  const env: Record<string, string> = { EVENT_STORE: 'eventstoredb' };
  for (const name of ['EVENTSTORE_CONNECTION_STRING', 'EVENTSTORE_CONNECT_TIMEOUT_MS']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** A suite that needs the SQLite file itself (opens events.db, kills a writer mid-commit...). */
export function describeOnSqlite(name: string, reason: string, suite: () => void): void {
  if (storeUnderTest === 'sqlite') describe(name, suite);
  else describe.skip(`${name} [SQLite only: ${reason}]`, suite);
}

/** One test that needs the SQLite file itself. */
export function itOnSqlite(name: string, reason: string, test: () => Promise<void>, timeoutMs?: number): void {
  if (storeUnderTest === 'sqlite') it(name, test, timeoutMs);
  else it.skip(`${name} [SQLite only: ${reason}]`, test);
}
