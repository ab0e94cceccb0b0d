import { MemberAppointment, membersOf } from './membership';

const people = [
  { id: 'trustee-1', roles: [{ role: 'trustee' as const }] },
  { id: 'trustee-2', roles: [{ role: 'trustee' as const }] },
  { id: 'gov-1', roles: [{ role: 'governor' as const, schoolId: 's1' }] },
  { id: 'gov-2', roles: [{ role: 'governor' as const, schoolId: 's1' }] },
  { id: 'parent', roles: [] },
  { id: 'gone', roles: [], erased: true },
];
const term = { startsOn: '2026-09-01', endsOn: '2030-08-31', endedOn: null };
const toLgb = (personId: string, extra: Partial<MemberAppointment> = {}): MemberAppointment => ({ personId, body: 'local-governing-body', schoolId: 's1', committee: null, ...term, ...extra });

describe('membersOf', () => {
  it('given no appointments, follows the roles (so trusts without appointments keep working)', () => {
    expect(membersOf(people, { body: 'local-governing-body', schoolId: 's1', date: '2026-11-20' })).toEqual(['gov-1', 'gov-2']);
    expect(membersOf(people, { body: 'trust-board', schoolId: null, date: '2026-11-20' }, [toLgb('parent')])).toEqual(['trustee-1', 'trustee-2']);
  });

  it('given current appointments to the body on the meeting date, the members are the people appointed', () => {
    const appointments = [toLgb('parent'), toLgb('gov-1'), toLgb('gone'), toLgb('trustee-1', { schoolId: 's2' }), toLgb('gov-2', { endedOn: '2026-10-31' })];
    expect(membersOf(people, { body: 'local-governing-body', schoolId: 's1', date: '2026-11-20' }, appointments)).toEqual(['gov-1', 'parent']);
  });

  it('given appointments that have not started or have ended by the meeting date, falls back to the roles', () => {
    expect(membersOf(people, { body: 'local-governing-body', schoolId: 's1', date: '2026-08-20' }, [toLgb('parent')])).toEqual(['gov-1', 'gov-2']);
  });

  it("matches a committee's appointments by its name, ignoring case and spacing", () => {
    const finance = { personId: 'parent', body: 'committee' as const, schoolId: null, committee: 'Finance and  Audit', ...term };
    expect(membersOf(people, { body: 'committee', schoolId: null, committee: 'finance and audit', date: '2026-11-20' }, [finance])).toEqual(['parent']);
    expect(membersOf(people, { body: 'committee', schoolId: null, committee: 'Pay', date: '2026-11-20' }, [finance])).toEqual(['trustee-1', 'trustee-2']);
  });
});
