import type { TermlyReportSubmitted, TermlyReportSubmittedData } from '@governance/domain';
import { inStream, projectionSpec, rowsOf } from '../testing/projection-spec';
import { termlyReportsProjection } from './termly-reports.projection';

const submitted = (data: Partial<TermlyReportSubmittedData> & Pick<TermlyReportSubmittedData, 'schoolId' | 'term'>): TermlyReportSubmitted => ({
  type: 'TermlyReportSubmitted',
  data: { submission: 1, supersedes: null, summary: 'A calm term.', incidents: {}, training: [], submittedBy: 'person-head', ...data },
});
const onTermlyStream = (event: TermlyReportSubmitted, metadata = {}) => inStream(`termly-${event.data.schoolId}.${event.data.term}`, event, metadata);

const reports = rowsOf('SELECT school_id, term, submission, summary FROM rm_termly_reports ORDER BY school_id, term, submission');

describe('termly reports read model', () => {
  const spec = projectionSpec(termlyReportsProjection);

  it('keeps a submitted report with its counts, training, author and time', () => {
    spec
      .given([
        onTermlyStream(
          submitted({ schoolId: 's1', term: '2026-autumn', summary: 'Attendance up.', incidents: { 'e-safety': 2 }, training: ['Prevent'] }),
          { occurredAt: '2026-12-01T09:30:00.000Z' },
        ),
      ])
      .then(rowsOf('SELECT * FROM rm_termly_reports'), [
        {
          school_id: 's1',
          term: '2026-autumn',
          submission: 1,
          trust_id: 't1',
          summary: 'Attendance up.',
          incidents: '{"e-safety":2}',
          training: '["Prevent"]',
          submitted_by: 'person-head',
          submitted_at: '2026-12-01T09:30:00.000Z',
          position: 1,
        },
      ]);
  });

  it('files reports per school and term', () => {
    spec
      .given([
        onTermlyStream(submitted({ schoolId: 's1', term: '2026-autumn' })),
        onTermlyStream(submitted({ schoolId: 's1', term: '2027-spring' })),
        onTermlyStream(submitted({ schoolId: 's2', term: '2026-autumn' })),
      ])
      .then(reports, [
        { school_id: 's1', term: '2026-autumn', submission: 1, summary: 'A calm term.' },
        { school_id: 's1', term: '2027-spring', submission: 1, summary: 'A calm term.' },
        { school_id: 's2', term: '2026-autumn', submission: 1, summary: 'A calm term.' },
      ]);
  });

  it('keeps every submission for a term when one supersedes another', () => {
    spec
      .given([
        onTermlyStream(submitted({ schoolId: 's1', term: '2026-autumn', summary: 'First draft.' })),
        onTermlyStream(submitted({ schoolId: 's1', term: '2026-autumn', submission: 2, supersedes: 1, summary: 'Corrected.' })),
      ])
      .then(reports, [
        { school_id: 's1', term: '2026-autumn', submission: 1, summary: 'First draft.' },
        { school_id: 's1', term: '2026-autumn', submission: 2, summary: 'Corrected.' },
      ]);
  });

  it('dates a report by when the store recorded it when the metadata has no occurredAt', () => {
    projectionSpec(termlyReportsProjection, { recordedAt: '2026-12-02T08:00:00.000Z' })
      .given([onTermlyStream(submitted({ schoolId: 's1', term: '2026-autumn' }))])
      .then(rowsOf('SELECT submitted_at FROM rm_termly_reports'), [{ submitted_at: '2026-12-02T08:00:00.000Z' }]);
  });

  it('ignores events of other kinds', () => {
    spec.given([inStream('trust-t1', { type: 'SchoolAdded', data: { schoolId: 's1', name: 'Ash Academy' } })]).then(reports, []);
  });
});
