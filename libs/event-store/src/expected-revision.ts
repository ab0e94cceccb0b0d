import { ExpectedRevision } from './event-store';
import { WrongExpectedVersionError } from './errors';

/** Throws unless a stream whose last revision is `actual` satisfies `expected`. */
export function assertExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  actual: number | 'no-stream',
): void {
  const ok =
    expected === 'any' ||
    (expected === 'no-stream' && actual === 'no-stream') ||
    (expected === 'stream-exists' && actual !== 'no-stream') ||
    (typeof expected === 'number' && expected === actual);
  if (!ok) throw new WrongExpectedVersionError(streamId, expected, actual);
}
