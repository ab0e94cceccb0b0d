/**
 * Streams whose names begin with one of these prefixes hold keys (`personkey-{personId}`: the
 * key that seals one person's data). They are the only streams that may be deleted (erasing a
 * key shreds everything sealed under it; the log stays append-only otherwise), and they never
 * appear in readAll, headPosition or subscriptions: keys are read only by reading their stream.
 */
export const KEY_STREAM_PREFIXES: readonly string[] = ['personkey-'];

export function isKeyStream(streamId: string): boolean {
  return KEY_STREAM_PREFIXES.some((prefix) => streamId.startsWith(prefix));
}
