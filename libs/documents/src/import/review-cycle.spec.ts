import { findCyclePhrase, resolveCycle } from './review-cycle';

describe('review cycles', () => {
  it.each([
    ['Annually', 12],
    ['reviewed annually or when the need arises', 12],
    ['Yearly', 12],
    ['every year', 12],
    ['Bi-Annually', 24],
    ['biannually', 24],
    ['reviewed biennially', 24],
    ['Every 2 years', 24],
    ['Two yearly', 24],
    ['2-yearly', 24],
    ['24 months', 24],
    ['every three years', 36],
    ['Triennially', 36],
    ['3 years', 36],
    ['Termly', 4],
    ['three times a year', 4],
    ['every six months', 6],
    ['semi-annually', 6],
    ['twice a year', 6],
    ['every four years', 48],
    ['every eighteen months', 18],
    ['every twenty four months', 24],
    // The words the domain accepts for a cycle (libs/domain/src/shared/number-words.ts).
    ['every nine months', 9],
  ])('reads "%s" as %i months', (text, months) => {
    expect(findCyclePhrase(text)?.months).toBe(months);
  });

  it('marks "bi-annually" as ambiguous and "biennially" as not', () => {
    expect(findCyclePhrase('Bi-Annually')?.ambiguous).toBe(true);
    expect(findCyclePhrase('biennially')?.ambiguous).toBe(false);
    expect(findCyclePhrase('as required')).toBeNull();
    expect(findCyclePhrase('an annual audit')?.months).toBe(12);
  });

  it('lets the review dates decide what bi-annually means', () => {
    const phrase = findCyclePhrase('Bi-Annually');
    expect(resolveCycle(phrase, '2024-autumn', '2026-autumn')).toEqual({
      months: 24,
      warnings: [
        'bi-annually read as every 24 months because the next review is two years after the last',
      ],
    });
    expect(resolveCycle(phrase, '2024-09', '2025-03')).toEqual({
      months: 6,
      warnings: [
        'bi-annually read as every 6 months because the next review is 6 months after the last',
      ],
    });
    const undecided = resolveCycle(phrase, null, '2026-autumn');
    expect(undecided.months).toBe(24);
    expect(undecided.warnings[0]).toContain('as English schools usually use it');
  });

  it('infers an unstated cycle from the dates, snapping to the usual cycles', () => {
    expect(resolveCycle(null, '2018-11', '2020-10')).toEqual({
      months: 24,
      warnings: [
        'review cycle not stated; read as every 24 months because the next review (2020-10) is two years after the last (2018-11)',
      ],
    });
    expect(resolveCycle(null, '2024-spring', '2025-spring').months).toBe(12);
    expect(resolveCycle(null, null, '2025-spring')).toEqual({ months: null, warnings: [] });
    expect(resolveCycle(null, '2025-spring', '2024-spring')).toEqual({
      months: null,
      warnings: [],
    });
  });

  it('keeps a stated cycle and reports dates that disagree with it', () => {
    const result = resolveCycle(findCyclePhrase('Annually'), '2022-09-01', '2024-09-01');
    expect(result.months).toBe(12);
    expect(result.warnings[0]).toContain('two years after the last');
    expect(resolveCycle(findCyclePhrase('Annually'), '2022-09-01', '2023-09-01').warnings).toEqual(
      [],
    );
  });
});
