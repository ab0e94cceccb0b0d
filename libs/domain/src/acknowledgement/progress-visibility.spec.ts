import { Actor } from '../access/actor';
import { RoleGrant } from '../people/roles';
import { acknowledgementProgressView } from './progress-visibility';

const person = (roles: RoleGrant[], personId = 'me'): Actor => ({ kind: 'person', actorId: personId, personId, trustId: 't1', roles });
const oakRow = { schoolId: 'oak', ownerId: 'dsl' };

describe('acknowledgementProgressView: who sees which progress rows, and names', () => {
  it('gives a trust admin every school, with names when the school is named', () => {
    const admin = person([{ role: 'trust-admin' }]);
    expect([acknowledgementProgressView(admin, oakRow, true), acknowledgementProgressView(admin, oakRow, false)]).toEqual(['names', 'counts']);
  });

  it('gives a trustee counts only, even for a named school', () => {
    expect(acknowledgementProgressView(person([{ role: 'trustee' }]), oakRow, true)).toBe('counts');
  });

  it("gives the school's headteacher names, and another school's headteacher nothing", () => {
    expect(acknowledgementProgressView(person([{ role: 'headteacher', schoolId: 'oak' }]), oakRow, true)).toBe('names');
    expect(acknowledgementProgressView(person([{ role: 'headteacher', schoolId: 'elm' }]), oakRow, true)).toBe('hidden');
  });

  it("gives the policy's owner at the school names, and other staff nothing", () => {
    expect(acknowledgementProgressView(person([{ role: 'staff', schoolId: 'oak' }], 'dsl'), oakRow, true)).toBe('names');
    expect(acknowledgementProgressView(person([{ role: 'staff', schoolId: 'oak' }], 'bob'), oakRow, true)).toBe('hidden');
  });

  it('gives the operator nothing', () => {
    expect(acknowledgementProgressView({ kind: 'operator', actorId: 'operator' }, oakRow, true)).toBe('hidden');
  });
});
