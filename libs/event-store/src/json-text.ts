/**
 * The JSON text a stored event's data was read from, kept beside the parsed object so a
 * consumer that stores the data as JSON again (the audit trail) need not stringify it anew:
 * on a million-event rebuild that stringify was a third of the time. The store writes data
 * with JSON.stringify, and parsing then stringifying such text gives the same text back, so
 * the answer is the text JSON.stringify would produce. A WeakMap keeps it invisible to
 * equality, spreading and serialisation, and lets it go with the object.
 */
const texts = new WeakMap<object, string>();

/** JSON.parse that remembers the text of an object or array it returns. */
export function parseJsonKeepingText<T>(text: string): T {
  const value = JSON.parse(text) as T;
  if (typeof value === 'object' && value !== null) texts.set(value, text);
  return value;
}

/** The JSON text of a value: the text it was read from when known, else JSON.stringify. */
export function jsonTextOf(value: unknown): string {
  return keptJsonTextOf(value) ?? JSON.stringify(value);
}

/** The text an object or array was parsed from, when kept (undefined for anything else). */
export function keptJsonTextOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? texts.get(value) : undefined;
}
