import { declarationRenewal, mustDeclare } from './renewal';
import { interestsForRegister } from './current-interests';
import { DeclaredInterest } from './events';

type Described = { declaredOn: string; interests: DeclaredInterest[] };

describe('declarationRenewal: due after 11 months, overdue after 12', () => {
  it('is done within 11 months of the last declaration', () =>
    expect(declarationRenewal('2026-01-15', true, '2026-12-15')).toEqual({ status: 'done', dueOn: '2026-12-15', overdueAfter: '2027-01-15' }));

  it('is due once the declaration is more than 11 months old', () => expect(declarationRenewal('2026-01-15', true, '2026-12-16').status).toBe('due'));

  it('is still due on the anniversary and overdue the day after', () => {
    expect(declarationRenewal('2026-01-15', true, '2027-01-15').status).toBe('due');
    expect(declarationRenewal('2026-01-15', true, '2027-01-16').status).toBe('overdue');
  });

  it('is overdue for a governor or trustee who never declared', () =>
    expect(declarationRenewal(null, true, '2026-11-24')).toEqual({ status: 'overdue', dueOn: null, overdueAfter: null }));

  it('is not required of someone without a governance role who never declared', () => expect(declarationRenewal(null, false, '2026-11-24').status).toBe('not-required'));

  it('asks governors and trustees, not staff or headteachers', () => {
    expect(mustDeclare([{ role: 'governor' }])).toBe(true);
    expect(mustDeclare([{ role: 'trustee' }])).toBe(true);
    expect(mustDeclare([{ role: 'staff' }, { role: 'headteacher' }])).toBe(false);
  });
});

describe('interestsForRegister: current and ended within 12 months, as of a day', () => {
  const latest: Described = {
    declaredOn: '2026-10-01',
    interests: [
      { kind: 'directorship', description: 'Current', from: '2020-01-01', to: null },
      { kind: 'employment', description: 'Ended 11 months ago', from: null, to: '2025-12-24' },
      { kind: 'shareholding', description: 'Ended 13 months ago', from: null, to: '2025-10-24' },
      { kind: 'other', description: 'Starts next year', from: '2027-01-01', to: null },
    ],
  };
  const older: Described = { declaredOn: '2025-10-01', interests: [{ kind: 'other', description: 'Older', from: null, to: null }] };

  it('shows the latest declaration: current interests and those ended within 12 months', () => {
    const shown = interestsForRegister([latest, older], '2026-11-24');
    expect(shown.current.map((interest) => interest.description)).toEqual(['Current']);
    expect(shown.endedRecently.map((interest) => interest.description)).toEqual(['Ended 11 months ago']);
  });

  it('as of a day before the latest declaration, shows the one made by then', () =>
    expect(interestsForRegister([latest, older], '2026-01-01').current.map((interest) => interest.description)).toEqual(['Older']));

  it('shows nothing before any declaration', () => expect(interestsForRegister([latest], '2026-09-30')).toEqual({ current: [], endedRecently: [] }));
});
