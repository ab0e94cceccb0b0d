import { ExpectedRevision } from './event-store';
import { WrongExpectedVersionError } from './errors';

/** Whether a stream whose last revision is `actual` satisfies `expected`. */
export function satisfiesExpectedRevision(expected: ExpectedRevision, actual: number | 'no-stream'): boolean {
  return (
    expected === 'any' ||
    (expected === 'no-stream' && actual === 'no-stream') ||
    (expected === 'stream-exists' && actual !== 'no-stream') ||
    (typeof expected === 'number' && expected === actual)
  );
}

/** Throws unless a stream whose last revision is `actual` satisfies `expected`. */
export function assertExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  actual: number | 'no-stream',
): void {
  if (!satisfiesExpectedRevision(expected, actual)) throw new WrongExpectedVersionError(streamId, expected, actual);
}
