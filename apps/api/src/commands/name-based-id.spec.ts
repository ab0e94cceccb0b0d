import { deterministicEventId } from './name-based-id';

describe('deterministicEventId', () => {
  it('gives the same RFC 9562 version-5 UUID for the same name, and another for another name', () => {
    const id = deterministicEventId('ReviewDue/school-1/policy-1/2027-03-31');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventId('ReviewDue/school-1/policy-1/2027-03-31')).toBe(id);
    expect(deterministicEventId('ReviewOverdue/school-1/policy-1/2027-03-31')).not.toBe(id);
    expect(deterministicEventId('ReviewDue/school-1/policy-1/2028-03-31')).not.toBe(id);
  });
});
