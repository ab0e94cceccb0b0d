import type {
  EntryWithdrawn,
  LinkGovernorAssigned,
  LinkGovernorAssignedData,
  LinkGovernorReported,
  LinkGovernorReportedData,
  LinkGovernorUnassigned,
  LinkGovernorVisitLogged,
  LinkGovernorVisitLoggedData,
} from '@governance/domain';
import { inStream, projectionSpec, rowsOf } from '../testing/projection-spec';
import { governorActivityProjection } from './governor-activity.projection';

type LinkEvent = LinkGovernorAssigned | LinkGovernorUnassigned | LinkGovernorVisitLogged | LinkGovernorReported;
const onLinkStream = (event: LinkEvent, metadata = {}) => inStream(`linkgov-${event.data.schoolId}`, event, metadata);

const assigned = (data: Partial<LinkGovernorAssignedData> & Pick<LinkGovernorAssignedData, 'personId' | 'area'>): LinkGovernorAssigned => ({
  type: 'LinkGovernorAssigned',
  data: { schoolId: 's1', policyIds: [], assignedOn: '2026-09-15', ...data },
});
const unassigned = (personId: string, area: string): LinkGovernorUnassigned => ({
  type: 'LinkGovernorUnassigned',
  data: { schoolId: 's1', personId, area, unassignedOn: '2026-10-01' },
});
const visit = (data: Partial<LinkGovernorVisitLoggedData> & Pick<LinkGovernorVisitLoggedData, 'visitedOn'>): LinkGovernorVisitLogged => ({
  type: 'LinkGovernorVisitLogged',
  data: {
    schoolId: 's1',
    governorId: 'person-gov',
    purpose: 'Safeguarding walk',
    findings: 'Single central record up to date.',
    policyIds: ['p-safeguarding'],
    actions: ['Refresh Prevent training'],
    loggedBy: 'person-gov',
    onBehalf: false,
    ...data,
  },
});
const reported = (data: Partial<LinkGovernorReportedData> & Pick<LinkGovernorReportedData, 'term'>): LinkGovernorReported => ({
  type: 'LinkGovernorReported',
  data: {
    schoolId: 's1',
    governorId: 'person-gov',
    summary: 'Safeguarding is effective.',
    policyIds: ['p-safeguarding'],
    recommendations: null,
    reportedBy: 'person-gov',
    onBehalf: false,
    ...data,
  },
});

const links = rowsOf('SELECT school_id, person_id, area, policy_ids FROM rm_link_governors ORDER BY person_id, area_key');

describe('governor activity read model', () => {
  const spec = projectionSpec(governorActivityProjection);

  it('lists a link governor assigned to an area, with the policies linked', () => {
    spec
      .given([onLinkStream(assigned({ personId: 'person-gov', area: ' Safeguarding ', policyIds: ['p-safeguarding'] }))])
      .then(rowsOf('SELECT * FROM rm_link_governors'), [
        { school_id: 's1', person_id: 'person-gov', area: 'Safeguarding', area_key: 'safeguarding', trust_id: 't1', policy_ids: '["p-safeguarding"]', assigned_on: '2026-09-15' },
      ]);
  });

  it('keeps one link per person and area, whatever its case: a second assignment replaces the first', () => {
    spec
      .given([
        onLinkStream(assigned({ personId: 'person-gov', area: 'SEND', policyIds: ['p-send'] })),
        onLinkStream(assigned({ personId: 'person-gov', area: 'send', policyIds: ['p-send', 'p-accessibility'] })),
      ])
      .then(links, [{ school_id: 's1', person_id: 'person-gov', area: 'send', policy_ids: '["p-send","p-accessibility"]' }]);
  });

  it('drops the link when the governor is unassigned from that area only', () => {
    spec
      .given([
        onLinkStream(assigned({ personId: 'person-gov', area: 'SEND' })),
        onLinkStream(assigned({ personId: 'person-gov', area: 'Safeguarding' })),
        onLinkStream(unassigned('person-gov', ' send ')),
      ])
      .then(links, [{ school_id: 's1', person_id: 'person-gov', area: 'Safeguarding', policy_ids: '[]' }]);
  });

  it('lists a visit under the term its date falls in, with its findings and actions', () => {
    spec
      .given([onLinkStream(visit({ visitedOn: '2027-02-03' }))])
      .then(rowsOf('SELECT * FROM rm_governor_visits'), [
        {
          position: 1,
          trust_id: 't1',
          school_id: 's1',
          governor_id: 'person-gov',
          visited_on: '2027-02-03',
          term: '2027-spring',
          purpose: 'Safeguarding walk',
          findings: 'Single central record up to date.',
          policy_ids: '["p-safeguarding"]',
          actions: '["Refresh Prevent training"]',
          event_id: 'event-1',
        },
      ]);
  });

  it('lists every visit, each its own row', () => {
    spec
      .given([onLinkStream(visit({ visitedOn: '2026-10-05' })), onLinkStream(visit({ visitedOn: '2026-11-20', governorId: 'person-other' }))])
      .then(rowsOf('SELECT governor_id, term FROM rm_governor_visits ORDER BY position'), [
        { governor_id: 'person-gov', term: '2026-autumn' },
        { governor_id: 'person-other', term: '2026-autumn' },
      ]);
  });

  it('lists a report for its term, dated when it was made', () => {
    spec
      .given([onLinkStream(reported({ term: '2026-autumn', recommendations: 'Termly SCR check.' }), { occurredAt: '2026-12-10T16:00:00.000Z' })])
      .then(rowsOf('SELECT * FROM rm_governor_reports'), [
        {
          position: 1,
          trust_id: 't1',
          school_id: 's1',
          governor_id: 'person-gov',
          term: '2026-autumn',
          summary: 'Safeguarding is effective.',
          policy_ids: '["p-safeguarding"]',
          recommendations: 'Termly SCR check.',
          reported_at: '2026-12-10T16:00:00.000Z',
          event_id: 'event-1',
        },
      ]);
  });

  describe('withdrawn entries', () => {
    const withdrawn = (eventId: string, entry: LinkGovernorVisitLogged | LinkGovernorReported): EntryWithdrawn => ({
      type: 'EntryWithdrawn',
      data: { eventId, entryType: entry.type, entry: entry.data, reason: 'Logged twice' },
    });

    it('given a visit logged twice and the copy withdrawn, then one visit remains for the governor and the pack', () => {
      const twice = visit({ visitedOn: '2026-10-05' });
      spec
        .given([onLinkStream(twice), onLinkStream(twice), inStream('linkgov-s1', withdrawn('event-2', twice))])
        .then(rowsOf('SELECT position, event_id FROM rm_governor_visits'), [{ position: 1, event_id: 'event-1' }]);
    });

    it('given a report withdrawn, then the school has no report for the term', () => {
      const report = reported({ term: '2026-autumn' });
      spec
        .given([onLinkStream(report), inStream('linkgov-s1', withdrawn('event-1', report))])
        .then(rowsOf('SELECT COUNT(*) AS n FROM rm_governor_reports'), [{ n: 0 }]);
    });
  });

  it('takes the trust from the metadata for every row', () => {
    spec
      .given([
        onLinkStream(assigned({ personId: 'person-gov', area: 'SEND' }), { trustId: 't2' }),
        onLinkStream(visit({ visitedOn: '2026-10-05' }), { trustId: 't2' }),
        onLinkStream(reported({ term: '2026-autumn' }), { trustId: 't2' }),
      ])
      .then(
        rowsOf(`SELECT trust_id FROM rm_link_governors UNION ALL SELECT trust_id FROM rm_governor_visits UNION ALL SELECT trust_id FROM rm_governor_reports`),
        [{ trust_id: 't2' }, { trust_id: 't2' }, { trust_id: 't2' }],
      );
  });
});
