import { deterministicEventId } from './deterministic-event-id';
import { londonTimeOfDay } from './london-time';

describe('deterministicEventId', () => {
  it('gives the same RFC 9562 version-5 UUID for the same name, and another for another name', () => {
    const id = deterministicEventId('ReviewDue/school-1/policy-1/2027-03-31');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventId('ReviewDue/school-1/policy-1/2027-03-31')).toBe(id);
    expect(deterministicEventId('ReviewOverdue/school-1/policy-1/2027-03-31')).not.toBe(id);
    expect(deterministicEventId('ReviewDue/school-1/policy-1/2028-03-31')).not.toBe(id);
  });
});

describe('londonTimeOfDay', () => {
  it('reads the clock in Europe/London: GMT in winter, BST in summer', () => {
    expect(londonTimeOfDay(new Date('2027-01-15T06:00:00Z'))).toBe('06:00');
    expect(londonTimeOfDay(new Date('2027-07-15T05:00:00Z'))).toBe('06:00');
    expect(londonTimeOfDay(new Date('2027-07-15T23:30:00Z'))).toBe('00:30');
  });
});
