import { refusal } from '../testing/refusal';
import { importCycleDates, requireImportTitle } from './import-rules';

describe('what an imported policy document must give', () => {
  it('given a title, when imported, then that title is recorded', () => {
    expect(requireImportTitle('Behaviour Policy')).toBe('Behaviour Policy');
  });

  it.each([null, undefined, ''])('given no title (%p), when imported, then import-needs-title', (title) => {
    const error = refusal(() => requireImportTitle(title));
    expect([error.code, error.message]).toEqual(['import-needs-title', 'The document does not say its title: enter one before importing it.']);
  });

  it('given an approval and a later review, when imported, then the cycle starts at the approval and was last reviewed at the review', () => {
    expect(importCycleDates('2024-03-01', '2025-02-10')).toEqual({ startedOn: '2024-03-01', reviewedOn: '2025-02-10' });
  });

  it('given a review dated before the approval, when imported, then the earlier still starts the cycle', () => {
    expect(importCycleDates('2025-02-10', '2024-03-01')).toEqual({ startedOn: '2024-03-01', reviewedOn: '2025-02-10' });
  });

  it('given only one date, when imported, then it both starts the cycle and is the last review', () => {
    expect(importCycleDates(null, '2024-09-01')).toEqual({ startedOn: '2024-09-01', reviewedOn: '2024-09-01' });
  });

  it('given neither date, when imported, then import-needs-date', () => {
    const error = refusal(() => importCycleDates(null, null));
    expect(error.code).toBe('import-needs-date');
    expect(error.message).toBe(
      'The document gives no date of approval or last review, so its review cycle cannot start: enter the date it was last reviewed.',
    );
  });
});
