import { readEia } from './eia';
import { readLabelledValues } from './header-fields';
import { paragraphsOf } from './text-lines';

function eia(text: string) {
  const lines = text.split('\n');
  const reading = readEia(lines, paragraphsOf(lines), readLabelledValues(lines));
  return {
    present: reading.present === null ? null : reading.present + 1,
    completedOn: reading.completedOn?.date.value ?? null,
    full: reading.fullAssessmentRequired?.value ?? null,
    claimedOnly: reading.claimedOnly === null ? null : reading.claimedOnly + 1,
  };
}

describe('the initial equality impact assessment', () => {
  it('reads a form: its heading, its completion date and its conclusion', () => {
    const text = [
      'Initial Equality Impact Assessment',
      'Does or could this policy have a negative impact on any of the following?\t✓',
      'Conclusion We have come to the conclusion that after undertaking an initial equality impact assessment that a full assessment is not required.',
      'Preliminary EIA completed by\tDate\tPreliminary EIA approved by\tDate',
      'A Person\t03.03.17\tB Person\t05.03.17',
    ].join('\n');
    expect(eia(text)).toEqual({
      present: 1,
      completedOn: '2017-03-03',
      full: false,
      claimedOnly: null,
    });
  });

  it('reads EIA labels and sentences', () => {
    expect(
      eia('Equality Impact Assessment: completed 02/09/2024; a full assessment is not required.'),
    ).toEqual({
      present: 1,
      completedOn: '2024-09-02',
      full: false,
      claimedOnly: null,
    });
    expect(eia('EIA date:\t12 May 2023\nFull EIA required?\tYes')).toEqual({
      present: 1,
      completedOn: '2023-05-12',
      full: true,
      claimedOnly: null,
    });
    expect(
      eia('An initial EIA was completed on 1 March 2024 and no full assessment is needed.'),
    ).toMatchObject({ completedOn: '2024-03-01', full: false });
    expect(eia('Conclusion: a full equality impact assessment is required.')).toMatchObject({
      present: 1,
      full: true,
    });
  });

  it('tells a claim without the assessment apart from the assessment', () => {
    const text = [
      'Equality Impact Assessment',
      '',
      'This policy has been equality impact assessed and we believe that it is in line with the Equality Act 2010.',
    ].join('\n');
    expect(eia(text)).toEqual({ present: null, completedOn: null, full: null, claimedOnly: 3 });
    expect(eia('Safeguarding is everyone’s business.')).toEqual({
      present: null,
      completedOn: null,
      full: null,
      claimedOnly: null,
    });
  });
});
