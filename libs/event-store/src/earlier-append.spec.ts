import { earlierAppendOf, StoredAt } from './earlier-append';
import { DuplicateEventIdError } from './errors';
import { NewEvent } from './event-store';

const events: NewEvent[] = ['a', 'b'].map((id) => ({ id, type: 'T', data: {}, metadata: {} }));
const at = (revision: number, streamId = 'policy-1'): StoredAt => ({
  streamId,
  revision,
  position: BigInt(100 + revision),
});

describe('earlierAppendOf: is an append with stored ids a retry of an earlier one?', () => {
  it('is a new append when none of its ids is stored', () => {
    expect(earlierAppendOf('policy-1', events, [undefined, undefined])).toBeUndefined();
  });

  it("answers the earlier append's result when every id is stored there in order, however the stream moved on", () => {
    expect(earlierAppendOf('policy-1', events, [at(3), at(4)])).toEqual({
      nextExpectedRevision: 4,
      position: 104n,
    });
  });

  it('refuses in words ids stored in this stream but not as this append (a mix, another order, a gap)', () => {
    for (const found of [[at(3), undefined], [undefined, at(4)], [at(4), at(3)], [at(3), at(5)]]) {
      expect(() => earlierAppendOf('policy-1', events, found)).toThrow(DuplicateEventIdError);
      expect(() => earlierAppendOf('policy-1', events, found)).toThrow(
        /already appended to policy-1 at revision \d.*repeat it exactly or use new ids/,
      );
    }
  });

  it('refuses an id stored in another stream', () => {
    expect(() => earlierAppendOf('policy-1', events, [at(0, 'policy-2'), undefined])).toThrow(
      'Event id a was already appended elsewhere',
    );
  });
});
