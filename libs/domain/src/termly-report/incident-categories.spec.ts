import { monitoredIncidentCategories, parseIncidentCounts } from './incident-categories';

describe('incident counts', () => {
  it('reads counts, trimming category names; absent means none', () => {
    expect(parseIncidentCounts({ ' e-safety ': 2, 'Lost property': 0 })).toEqual({
      'e-safety': 2,
      'Lost property': 0,
    });
    expect(parseIncidentCounts(undefined)).toEqual({});
  });

  it('offers the categories the Libra headteacher monitors, with unique keys', () => {
    const keys = monitoredIncidentCategories.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'racist-or-homophobic-comments',
        'threats-of-violence',
        'complaints-about-staff',
      ]),
    );
  });
});
