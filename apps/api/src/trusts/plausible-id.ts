/**
 * Ids are chosen by the server (UUIDs; readable ids for demo data). Anything else in a URL
 * cannot name a resource, so it is answered as unknown without touching the store.
 */
export function isPlausibleId(value: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value);
}
