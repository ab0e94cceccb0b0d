import { readLabelledValues } from './header-fields';

const read = (text: string) =>
  readLabelledValues(text.split('\n')).map(({ kind, value, line }) => ({ kind, value, line }));

describe('label/value pairs in the forms schools write them', () => {
  it('reads "Label:\\tValue" table rows and "Label\\tValue" without a colon', () => {
    expect(
      read(
        'Policy Name\tSocial Media Policy\nDate of Last Review:\tSpring 2024\nStatutory Policy:\t\tNo',
      ),
    ).toEqual([
      { kind: 'title', value: 'Social Media Policy', line: 1 },
      { kind: 'lastReview', value: 'Spring 2024', line: 2 },
      { kind: 'statutory', value: 'No', line: 3 },
    ]);
  });

  it('reads "Label: value" lines, with or without a space after the colon', () => {
    expect(
      read(
        'Date of Review: November 2018\nApproved by: Trust Board\nNext Review Date:October 2020',
      ),
    ).toEqual([
      { kind: 'dateOfReview', value: 'November 2018', line: 1 },
      { kind: 'approvedBy', value: 'Trust Board', line: 2 },
      { kind: 'nextReview', value: 'October 2020', line: 3 },
    ]);
  });

  it('reads several pairs on one line, split by tabs, padding or only by the next label', () => {
    expect(read('Approved: FGB     Date: 12.03.24     Review: Spring 2026')).toEqual([
      { kind: 'approval', value: 'FGB', line: 1 },
      { kind: 'approvedOn', value: '12.03.24', line: 1 },
      { kind: 'reviewDate', value: 'Spring 2026', line: 1 },
    ]);
    expect(read('Approved by: Governors Date approved: 1 May 2024 Next review: May 2025')).toEqual([
      { kind: 'approvedBy', value: 'Governors', line: 1 },
      { kind: 'approvedOn', value: '1 May 2024', line: 1 },
      { kind: 'nextReview', value: 'May 2025', line: 1 },
    ]);
  });

  it('gives a bare "Date" the meaning of the label before it on the row', () => {
    expect(
      read(
        'Headteacher/Director:\t\tDate:\t03.03.17\nReviewed by: FGB\tDate: 4 June 2024\nRatified by: LGB\tDate: 5 June 2024',
      ),
    ).toEqual([
      { kind: 'signatureDate', value: '03.03.17', line: 1 },
      { kind: 'lastReview', value: '4 June 2024', line: 2 },
      { kind: 'approvedBy', value: 'LGB', line: 3 },
      { kind: 'approvedOn', value: '5 June 2024', line: 3 },
    ]);
  });

  it('pairs a header row of labels with the row of values under it', () => {
    expect(
      read(
        'Date\tReview Date\tCoordinator\tNominated Director\n03.03.17\t01.03.18\tKirsty Crosby\tJoan Wilkes',
      ),
    ).toEqual([
      { kind: 'documentDate', value: '03.03.17', line: 2 },
      { kind: 'reviewDate', value: '01.03.18', line: 2 },
    ]);
    expect(
      read(
        'Preliminary EIA completed by\tDate\tPreliminary EIA approved by\tDate\nA Person\t03.03.17\tB Person\t04.03.17',
      ),
    ).toEqual([{ kind: 'eiaDate', value: '03.03.17', line: 2 }]);
  });

  it('reads a table flattened into label lines followed by value lines', () => {
    expect(read('Date of Last Review:\nAutumn 2024\n\nStatutory Policy:\nNo')).toEqual([
      { kind: 'lastReview', value: 'Autumn 2024', line: 2 },
      { kind: 'statutory', value: 'No', line: 5 },
    ]);
    expect(read('Date\nReview Date\nCoordinator\n03.03.17\n01.03.18\nA Person')).toEqual([
      { kind: 'documentDate', value: '03.03.17', line: 4 },
      { kind: 'reviewDate', value: '01.03.18', line: 5 },
    ]);
  });

  it('reads a label without a colon when its value is what the label promises', () => {
    expect(
      read(
        'Next Review Date October 2020\nApproved by Trust Board\nReview cycle - annually\nReview of behaviour in class',
      ),
    ).toEqual([
      { kind: 'nextReview', value: 'October 2020', line: 1 },
      { kind: 'approvedBy', value: 'Trust Board', line: 2 },
      { kind: 'cycle', value: 'annually', line: 3 },
    ]);
  });

  it('splits a combined label over a combined value', () => {
    expect(read('Review Cycle/ Next Review:\tBi-Annually/ Autumn 2026')).toEqual([
      { kind: 'cycle', value: 'Bi-Annually', line: 1 },
      { kind: 'nextReview', value: 'Autumn 2026', line: 1 },
    ]);
    expect(read('Last review/Next review: 14/11/2024 / 14/11/2025')).toEqual([
      { kind: 'lastReview', value: '14/11/2024', line: 1 },
      { kind: 'nextReview', value: '14/11/2025', line: 1 },
    ]);
  });

  it('ignores prose, list intros and list items', () => {
    expect(
      read(
        'We believe this policy is related to the following legislation:\n- Equality Act 2010: Advice for Schools (DfE)\nThe coordinator will:\n- review the policy',
      ),
    ).toEqual([]);
  });
});
