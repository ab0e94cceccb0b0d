import { attendanceByBody, lastCompletedAcademicYear, RecordedMeeting } from './register-attendance';

const board = (date: string, extra: Partial<RecordedMeeting> = {}): RecordedMeeting => ({
  body: 'trust-board',
  schoolId: null,
  committee: null,
  date,
  cancelled: false,
  attendance: [
    { personId: 'tara', status: 'present' },
    { personId: 'leo', status: 'apologies-accepted' },
  ],
  memberIds: ['tara', 'leo'],
  ...extra,
});

describe('lastCompletedAcademicYear', () => {
  it('is the year before the one the day falls in', () => {
    expect(lastCompletedAcademicYear('2026-11-24')).toEqual({ label: '2025-26', from: '2025-09-01', to: '2026-08-31' });
    expect(lastCompletedAcademicYear('2026-08-31')).toEqual({ label: '2024-25', from: '2024-09-01', to: '2025-08-31' });
    expect(lastCompletedAcademicYear('2026-09-01')).toEqual({ label: '2025-26', from: '2025-09-01', to: '2026-08-31' });
  });
});

describe('attendanceByBody', () => {
  const year = lastCompletedAcademicYear('2026-11-24');

  it('counts, per body and person, the recorded meetings they were members for and those they were present at', () => {
    const counts = attendanceByBody(
      [
        board('2025-11-10'),
        board('2026-01-15', { attendance: [{ personId: 'tara', status: 'absent' }], memberIds: ['tara'] }),
        board('2026-03-10', { body: 'local-governing-body', schoolId: 's1' }),
      ],
      year,
      '2026-11-24',
    );
    expect(counts.get('trust-board|tara')).toEqual({ expected: 2, attended: 1 });
    expect(counts.get('trust-board|leo')).toEqual({ expected: 1, attended: 0 });
    expect(counts.get('lgb:s1|tara')).toEqual({ expected: 1, attended: 1 });
  });

  it('leaves out cancelled meetings, meetings outside the year or after the day, and a present non-member', () => {
    const counts = attendanceByBody(
      [
        board('2025-11-10', { cancelled: true }),
        board('2025-08-31'),
        board('2026-09-01'),
        board('2026-01-15', { attendance: [{ personId: 'guest', status: 'present' }], memberIds: [] }),
      ],
      year,
      '2026-11-24',
    );
    expect([...counts.entries()]).toEqual([]);
    expect(attendanceByBody([board('2026-05-01')], year, '2026-04-30').size).toBe(0);
  });
});
