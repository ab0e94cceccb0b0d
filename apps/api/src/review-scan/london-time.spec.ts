import { londonTimeOfDay } from './london-time';

describe('londonTimeOfDay', () => {
  it('reads the clock in Europe/London: GMT in winter, BST in summer', () => {
    expect(londonTimeOfDay(new Date('2027-01-15T06:00:00Z'))).toBe('06:00');
    expect(londonTimeOfDay(new Date('2027-07-15T05:00:00Z'))).toBe('06:00');
    expect(londonTimeOfDay(new Date('2027-07-15T23:30:00Z'))).toBe('00:30');
  });
});
