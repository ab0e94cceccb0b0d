import { londonToday, type DomainEvent } from '@governance/domain';
import { AcknowledgementsQuery } from '../queries/acknowledgements.query';
import { GivenEvent, inStream, projectionSpec } from '../testing/projection-spec';
import { acknowledgementsProjection, londonDayOf } from './acknowledgements.projection';

const NAMES: Record<string, string> = { ann: 'Ann Archer', bob: 'Bob Baker', cat: 'Cat Cole' };
const query = (db: ConstructorParameters<typeof AcknowledgementsQuery>[0]) => new AcknowledgementsQuery(db, (id) => NAMES[id] ?? null);

const event = (type: string, data: object): DomainEvent<string, object> => ({ type, data });
const at = (recordedAt: string, given: GivenEvent): GivenEvent => ({ ...given, recordedAt });

const school = (schoolId: string, name: string, phase?: string) => inStream('trust-t1', event('SchoolAdded', { schoolId, name, ...(phase ? { phase } : {}) }));
const policy = (policyId: string, title: string, extra: object = {}) =>
  inStream(`policy-${policyId}`, event('PolicyRegistered', { policyId, trustId: 't1', title, catalogueKey: null, acknowledgementRequired: true, ...extra }));
const drafted = (policyId: string, version: number) =>
  inStream(`policy-${policyId}`, event('PolicyVersionDrafted', { policyId, version, summary: `Version ${version}`, documentUrl: null, document: null }));
const adopted = (schoolId: string, policyId: string, version: number, adoptedOn: string) =>
  inStream(`schoolpolicy-${schoolId}.${policyId}`, event('PolicyAdopted', { schoolId, policyId, version, adoptedOn, approvedBy: null, localAmendments: null }));
const staff = (personId: string, schoolId: string) => inStream(`person-${personId}`, event('RoleGranted', { personId, role: 'staff', schoolId }));
const leaves = (personId: string, schoolId: string) => inStream(`person-${personId}`, event('RoleRevoked', { personId, role: 'staff', schoolId }));
const acknowledged = (personId: string, schoolId: string, policyId: string, version: number, acknowledgedOn: string) =>
  inStream(`reading-${personId}`, event('PolicyAcknowledged', { personId, schoolId, policyId, version, acknowledgedOn }));

/** Oak (primary) with Ann and Bob on its staff since 1 September, safeguarding v1 adopted and written down on 10 September. */
const oak = (): GivenEvent[] => [
  school('s1', 'Oak Primary', 'primary'),
  policy('p1', 'Safeguarding'),
  drafted('p1', 1),
  at('2026-09-01T08:00:00Z', staff('ann', 's1')),
  at('2026-09-01T08:00:00Z', staff('bob', 's1')),
  at('2026-09-10T09:00:00Z', adopted('s1', 'p1', 1, '2026-09-09')),
];

const counts = (db: Parameters<typeof query>[0]) =>
  query(db)
    .progress('t1', { withPeople: false })
    .rows.map(({ schoolId, policyId, version, staff: n, acknowledged: done, outstanding }) => ({ schoolId, policyId, version, staff: n, acknowledged: done, outstanding }));
const outstanding = (db: Parameters<typeof query>[0]) => query(db).progress('t1', { schoolId: 's1', withPeople: true }).rows.map((row) => row.outstandingPeople);

describe('acknowledgements read model', () => {
  const spec = projectionSpec(acknowledgementsProjection);

  it('counts the current staff of the school against the version in force, names those outstanding and totals the trust', () => {
    spec.given([...oak(), acknowledged('ann', 's1', 'p1', 1, '2026-09-12')]).then((db) => query(db).progress('t1', { schoolId: 's1', withPeople: true }), {
      rows: [
        {
          schoolId: 's1',
          schoolName: 'Oak Primary',
          policyId: 'p1',
          title: 'Safeguarding',
          version: 1,
          adoptedOn: '2026-09-09',
          staff: 2,
          acknowledged: 1,
          outstanding: 1,
          outstandingPeople: [{ personId: 'bob', name: 'Bob Baker', askedOn: '2026-09-10' }],
        },
      ],
      totals: { expected: 2, acknowledged: 1, outstanding: 1 },
    });
  });

  it('no longer counts a leaver, whether they had acknowledged or not', () => {
    spec
      .given([...oak(), acknowledged('ann', 's1', 'p1', 1, '2026-09-12'), leaves('ann', 's1')])
      .then(counts, [{ schoolId: 's1', policyId: 'p1', version: 1, staff: 1, acknowledged: 0, outstanding: 1 }]);
  });

  it('asks everyone again when a new version is adopted', () => {
    spec
      .given([...oak(), acknowledged('ann', 's1', 'p1', 1, '2026-09-12'), drafted('p1', 2), at('2026-11-02T09:00:00Z', adopted('s1', 'p1', 2, '2026-11-01'))])
      .then((db) => query(db).progress('t1', { schoolId: 's1', withPeople: true }).rows.map(({ version, acknowledged: done, outstandingPeople }) => ({ version, done, outstandingPeople })), [
        {
          version: 2,
          done: 0,
          outstandingPeople: [
            { personId: 'ann', name: 'Ann Archer', askedOn: '2026-11-02' },
            { personId: 'bob', name: 'Bob Baker', askedOn: '2026-11-02' },
          ],
        },
      ]);
  });

  it('asks a joiner after the adoption from the day they joined, in London', () => {
    spec
      .given([...oak(), at('2026-06-30T23:30:00Z', school('s9', 'Elsewhere')), at('2026-10-14T23:30:00Z', staff('cat', 's1'))])
      .then(outstanding, [
        [
          { personId: 'ann', name: 'Ann Archer', askedOn: '2026-09-10' },
          { personId: 'bob', name: 'Bob Baker', askedOn: '2026-09-10' },
          // 23:30 UTC on 14 October is 00:30 on the 15th in London (British Summer Time).
          { personId: 'cat', name: 'Cat Cole', askedOn: '2026-10-15' },
        ],
      ]);
  });

  it('drops a policy whose flag is turned off, a retired policy, one not asking at registration, and one not for the school’s phase', () => {
    spec
      .given([
        ...oak(),
        policy('p2', 'Code of conduct'),
        adopted('s1', 'p2', 1, '2026-09-09'),
        policy('p3', 'Careers', { appliesTo: ['secondary'] }),
        adopted('s1', 'p3', 1, '2026-09-09'),
        policy('p4', 'Charging', { acknowledgementRequired: false }),
        adopted('s1', 'p4', 1, '2026-09-09'),
        policy('p5', 'Old ICT'),
        adopted('s1', 'p5', 1, '2026-09-09'),
        inStream('policy-p5', event('PolicyRetired', { policyId: 'p5' })),
        inStream('policy-p1', event('AcknowledgementRequirementChanged', { policyId: 'p1', acknowledgementRequired: false })),
      ])
      .then((db) => counts(db).map((row) => row.policyId), ['p2']);
  });

  it('reads a policy registered before the flag from its catalogue entry', () => {
    spec
      .given([
        school('s1', 'Oak Primary'),
        inStream('policy-p1', event('PolicyRegistered', { policyId: 'p1', trustId: 't1', title: 'Safeguarding', catalogueKey: 'safeguarding-child-protection' })),
        adopted('s1', 'p1', 1, '2026-09-09'),
        inStream('policy-p2', event('PolicyRegistered', { policyId: 'p2', trustId: 't1', title: 'Own policy', catalogueKey: null })),
        adopted('s1', 'p2', 1, '2026-09-09'),
      ])
      .then((db) => counts(db).map((row) => row.policyId), ['p1']);
  });

  it('leaves an erased person out of the staff, the counts and the names', () => {
    spec
      .given([...oak(), acknowledged('bob', 's1', 'p1', 1, '2026-09-12'), inStream('person-bob', event('PersonErased', { personId: 'bob' }))])
      .then((db) => query(db).progress('t1', { schoolId: 's1', withPeople: true }).rows.map(({ staff: n, acknowledged: done, outstandingPeople }) => ({ n, done, outstandingPeople })), [
        { n: 1, done: 0, outstandingPeople: [{ personId: 'ann', name: 'Ann Archer', askedOn: '2026-09-10' }] },
      ]);
  });

  it('gives a member of staff their reading: what is outstanding with the version’s summary, and what they acknowledged of the versions in force', () => {
    spec
      .given([
        ...oak(),
        policy('p2', 'Code of conduct'),
        inStream('policy-p2', event('PolicyVersionDrafted', { policyId: 'p2', version: 1, summary: 'Conduct', documentUrl: 'https://example.org/c.pdf', document: { sha256: 'a', fileName: 'c.docx', mediaType: 'x', bytes: 1 } })),
        at('2026-09-20T09:00:00Z', adopted('s1', 'p2', 1, '2026-09-19')),
        acknowledged('bob', 's1', 'p1', 1, '2026-09-12'),
      ])
      .then((db) => query(db).readingFor('t1', 'bob'), {
        items: [
          {
            trustId: 't1',
            schoolId: 's1',
            schoolName: 'Oak Primary',
            policyId: 'p2',
            title: 'Code of conduct',
            version: 1,
            adoptedOn: '2026-09-19',
            askedOn: '2026-09-20',
            summary: 'Conduct',
            documentUrl: 'https://example.org/c.pdf',
            documentPath: '/api/trusts/t1/policies/p2/versions/1/document',
          },
        ],
        acknowledged: [{ schoolId: 's1', policyId: 'p1', title: 'Safeguarding', version: 1, acknowledgedOn: '2026-09-12' }],
      });
  });

  it('goes back to the adoption before a withdrawn one', () => {
    spec
      .given([
        ...oak(),
        acknowledged('ann', 's1', 'p1', 1, '2026-09-12'),
        drafted('p1', 2),
        adopted('s1', 'p1', 2, '2026-11-01'),
        inStream('schoolpolicy-s1.p1', event('EntryWithdrawn', { eventId: 'x', entryType: 'PolicyAdopted', entry: { schoolId: 's1', policyId: 'p1', version: 2, adoptedOn: '2026-11-01' }, reason: 'typo' })),
      ])
      .then(counts, [{ schoolId: 's1', policyId: 'p1', version: 1, staff: 2, acknowledged: 1, outstanding: 1 }]);
  });

  it("gives each current member of a school's staff the versions in force asking them and how many of those they acknowledged (older versions and leavers not counted)", () => {
    spec
      .given([
        ...oak(),
        policy('p2', 'Code of conduct'),
        drafted('p2', 1),
        drafted('p2', 2),
        at('2026-09-10T09:00:00Z', adopted('s1', 'p2', 1, '2026-09-09')),
        acknowledged('ann', 's1', 'p1', 1, '2026-09-12'),
        acknowledged('ann', 's1', 'p2', 1, '2026-09-12'),
        acknowledged('bob', 's1', 'p2', 1, '2026-09-12'),
        at('2026-10-01T09:00:00Z', adopted('s1', 'p2', 2, '2026-10-01')),
        acknowledged('ann', 's1', 'p2', 2, '2026-10-02'),
        at('2026-09-01T08:00:00Z', staff('cat', 's1')),
        acknowledged('cat', 's1', 'p1', 1, '2026-09-12'),
        leaves('cat', 's1'),
      ])
      .then((db) => query(db).staffReadingAt('t1', 's1').sort((a, b) => a.personId.localeCompare(b.personId)), [
        { personId: 'ann', joinedOn: '2026-09-01', toRead: 2, acknowledged: 2 },
        { personId: 'bob', joinedOn: '2026-09-01', toRead: 2, acknowledged: 0 },
      ]);
  });
});

describe('londonDayOf (the London day of an instant, remembered by its UTC hour)', () => {
  // Every minute of the days around both clock changes of 2026 and a summer midnight, each asked twice (the second from memory).
  const instants = ['2026-03-28', '2026-03-29', '2026-06-30', '2026-10-24', '2026-10-25'].flatMap((day) =>
    Array.from({ length: 24 * 60 }, (_, minute) => new Date(Date.parse(`${day}T00:00:00.000Z`) + minute * 60_000).toISOString()),
  );

  it('answers as londonToday for every minute, twice', () => {
    const wrong = [...instants, ...instants].filter((at) => londonDayOf(at) !== londonToday(new Date(at)));
    expect(wrong).toEqual([]);
  });

  it('reads an instant with an offset as londonToday does', () => {
    expect(londonDayOf('2026-06-30T23:30:00+00:00')).toBe('2026-07-01');
    expect(londonDayOf('2026-06-30T23:30:00Z')).toBe('2026-07-01');
  });
});
