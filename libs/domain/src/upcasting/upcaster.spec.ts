import { defaultUpcaster } from './registered-upcasters';
import { createUpcaster, UpcastStep } from './upcaster';

/** A trust review as an older release might have stored it: `reviewDate` and no `level`. */
const renamedReviewDate: UpcastStep = {
  type: 'PolicyReviewed',
  fromVersion: 1,
  upcast: ({ reviewDate, ...rest }) => ({ data: { ...rest, reviewedOn: reviewDate } }),
};
const levelAdded: UpcastStep = {
  type: 'PolicyReviewed',
  fromVersion: 2,
  upcast: (data) => ({ data: { level: 'trust', ...data } }),
};

const stored = (type: string, data: Record<string, unknown>, schemaVersion?: number) => ({
  type,
  data,
  metadata: { actorId: 'person-1', ...(schemaVersion === undefined ? {} : { schemaVersion }) },
  position: 7n,
});

describe('upcasting stored events', () => {
  it('given an event of an old shape, when upcast, then it reads in the current shape at the current version', () => {
    const upcaster = createUpcaster([renamedReviewDate]);

    const event = upcaster.upcast(stored('PolicyReviewed', { policyId: 'pol-1', reviewDate: '2026-03-01' }, 1));

    expect(event.data).toEqual({ policyId: 'pol-1', reviewedOn: '2026-03-01' });
    expect(event.metadata).toEqual({ actorId: 'person-1', schemaVersion: 2 });
    expect(event.position).toBe(7n);
  });

  it('given steps v1 -> v2 -> v3, when a v1 event is upcast, then every step applies in order', () => {
    const upcaster = createUpcaster([levelAdded, renamedReviewDate]);

    const event = upcaster.upcast(stored('PolicyReviewed', { policyId: 'pol-1', reviewDate: '2026-03-01' }, 1));

    expect(event.data).toEqual({ level: 'trust', policyId: 'pol-1', reviewedOn: '2026-03-01' });
    expect(event.metadata.schemaVersion).toBe(3);
  });

  it('given steps v1 -> v2 -> v3, when a v2 event is upcast, then only the later step applies', () => {
    const upcaster = createUpcaster([renamedReviewDate, levelAdded]);

    const event = upcaster.upcast(stored('PolicyReviewed', { policyId: 'pol-1', reviewedOn: '2026-03-01' }, 2));

    expect(event.data).toEqual({ level: 'trust', policyId: 'pol-1', reviewedOn: '2026-03-01' });
    expect(event.metadata.schemaVersion).toBe(3);
  });

  it('given an event already at the current version, when upcast, then it is the same object', () => {
    const upcaster = createUpcaster([renamedReviewDate]);
    const current = stored('PolicyReviewed', { policyId: 'pol-1', reviewedOn: '2026-03-01' }, 2);

    expect(upcaster.upcast(current)).toBe(current);
  });

  it('given a type with no upcaster, when upcast, then it passes through unchanged', () => {
    const upcaster = createUpcaster([renamedReviewDate]);
    const other = stored('PolicyRetired', { policyId: 'pol-1', reviewDate: 'kept as stored' }, 1);

    expect(upcaster.upcast(other)).toBe(other);
  });

  it('given an event stamped before versions existed, when upcast, then it is read as version 1', () => {
    const upcaster = createUpcaster([renamedReviewDate]);

    const event = upcaster.upcast(stored('PolicyReviewed', { reviewDate: '2026-03-01' }));

    expect(event.data).toEqual({ reviewedOn: '2026-03-01' });
    expect(event.metadata.schemaVersion).toBe(2);
  });

  it('given a step that renames the type, when upcast, then the event reads under the new name', () => {
    const upcaster = createUpcaster([
      { type: 'PolicyReviewed', fromVersion: 1, upcast: (data) => ({ type: 'TrustPolicyReviewed', data }) },
    ]);

    const event = upcaster.upcast(stored('PolicyReviewed', { policyId: 'pol-1' }, 1));

    expect(event.type).toBe('TrustPolicyReviewed');
    expect(event.data).toEqual({ policyId: 'pol-1' });
  });

  it('given steps, when asked the version to stamp, then a changed type is past its last step and others are 1', () => {
    const upcaster = createUpcaster([renamedReviewDate, levelAdded]);

    expect(upcaster.currentVersion('PolicyReviewed')).toBe(3);
    expect(upcaster.currentVersion('PolicyRetired')).toBe(1);
  });

  it('given two steps from the same version of a type, when the upcaster is built, then it refuses', () => {
    expect(() => createUpcaster([renamedReviewDate, { ...renamedReviewDate }])).toThrow(
      'Two upcasters read PolicyReviewed at version 1',
    );
  });

  it('given the production registry, when events of today are read, then they pass unchanged at version 1', () => {
    const today = stored('PolicyReviewed', { policyId: 'pol-1', reviewedOn: '2026-03-01' }, 1);

    expect(defaultUpcaster.upcast(today)).toBe(today);
    expect(defaultUpcaster.currentVersion('PolicyReviewed')).toBe(1);
  });
});
