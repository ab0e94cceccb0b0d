import { compareStart, findDates, firstDate, monthsBetween } from './dates';

describe('dates as school documents write them', () => {
  it.each([
    ['03.03.17', '2017-03-03'],
    ['01.03.18', '2018-03-01'],
    ['14/11/2024', '2024-11-14'],
    ['1-9-2023', '2023-09-01'],
    ['2024-09-03', '2024-09-03'],
    ['27 May 2021', '2021-05-27'],
    ['3rd September 2024', '2024-09-03'],
    ['1st of September 2023', '2023-09-01'],
    ['27-May-21', '2021-05-27'],
    ['May 27, 2021', '2021-05-27'],
    ['Tuesday 5 Sept 2023', '2023-09-05'],
  ])('reads the day %s as %s', (text, value) => {
    expect(firstDate(text)).toMatchObject({ value, kind: 'date' });
  });

  it.each([
    ['November 2018', '2018-11'],
    ['Oct 2020', '2020-10'],
    ['Sept. 2024', '2024-09'],
    ['September, 2024', '2024-09'],
    ['Nov-18', '2018-11'],
    ["Nov '18", '2018-11'],
    ['09/2024', '2024-09'],
  ])('keeps the month-only %s partial as %s', (text, value) => {
    expect(firstDate(text)).toMatchObject({ value, kind: 'month' });
  });

  it.each([
    ['Summer 2022', '2022-summer'],
    ['Spring 2025', '2025-spring'],
    ['Autumn Term 2023', '2023-autumn'],
    ['autumn term, 2026', '2026-autumn'],
    ['Autumn 1 2026', '2026-autumn'],
    ['Spring 2 2027', '2027-spring'],
    ['Summer term 2023/24', '2024-summer'],
    ['Spring 2024-25', '2025-spring'],
    ['Autumn 2024/25', '2024-autumn'],
  ])('reads the term %s as the term id %s', (text, value) => {
    expect(firstDate(text)).toMatchObject({ value, kind: 'term' });
  });

  it('reads a US month/day order only when the day cannot be a month, and says so', () => {
    const date = firstDate('03/14/2024');
    expect(date).toMatchObject({ value: '2024-03-14' });
    expect(date?.note).toContain('month/day/year');
  });

  it('refuses impossible dates and bare years', () => {
    expect(firstDate('31.02.2024')).toBeNull();
    expect(firstDate('Review in 2025')).toBeNull();
    expect(firstDate('version 1.2')).toBeNull();
  });

  it('finds every date in a line, in order, without overlapping readings', () => {
    const dates = findDates('Approved 12.03.24, reviewed November 2024, next Spring 2026');
    expect(dates.map((date) => date.value)).toEqual(['2024-03-12', '2024-11', '2026-spring']);
    expect(dates.map((date) => date.raw)).toEqual(['12.03.24', 'November 2024', 'Spring 2026']);
  });

  it('compares dates of different precision by the first month they cover', () => {
    expect(monthsBetween('2018-11', '2020-10')).toBe(23);
    expect(monthsBetween('2024-spring', '2025-spring')).toBe(12);
    expect(monthsBetween('2024-autumn', '2026-autumn')).toBe(24);
    expect(monthsBetween('2017-03-03', '2018-03-01')).toBe(12);
    expect(compareStart('2024-09', '2024-09-03')).toBeLessThan(0);
    expect(compareStart('2025-spring', '2024-11-14')).toBeGreaterThan(0);
  });
});
