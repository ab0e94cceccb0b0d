import { readLabelledValues } from './header-fields';
import { readSchool, readTitle, readTrust } from './names';

function names(text: string) {
  const lines = text.split('\n');
  const labelled = readLabelledValues(lines);
  const school = readSchool(lines, labelled);
  const trust = readTrust(lines, labelled);
  return {
    title: readTitle(lines, labelled, school, trust)?.value ?? null,
    school: school?.value ?? null,
    trust: trust?.value ?? null,
  };
}

describe('title, school and trust', () => {
  it('takes a "Policy Name" label over the headings', () => {
    expect(
      names(
        'Ravens Wood School\n(Part of the Impact Multi Academy Trust)\nPolicy Document\nPolicy Name\tSocial Media Policy',
      ),
    ).toEqual({
      title: 'Social Media Policy',
      school: 'Ravens Wood School',
      trust: 'Impact Multi Academy Trust',
    });
  });

  it('takes the first heading that is not the school, the trust, a date or a label', () => {
    expect(
      names(
        'Libra School\n\nParent and Community Use of Social Media\n\nDate\tReview Date\n03.03.17\t01.03.18',
      ),
    ).toEqual({
      title: 'Parent and Community Use of Social Media',
      school: 'Libra School',
      trust: null,
    });
    expect(
      names('November 2018\nInternet and Social Networking Policy\nDate of Review: November 2018'),
    ).toMatchObject({
      title: 'Internet and Social Networking Policy',
      school: null,
    });
  });

  it('prefers a heading that says it is a policy over a strap-line, and tidies capitals', () => {
    expect(
      names(
        "ST MARY'S CATHOLIC PRIMARY SCHOOL\nLearning and growing together\nANTI-BULLYING POLICY",
      ),
    ).toEqual({
      title: 'Anti-Bullying Policy',
      school: "St Mary's Catholic Primary School",
      trust: null,
    });
  });

  it('reads school and trust labels, and ignores "the Trust Board" and "the School"', () => {
    expect(
      names(
        'School: Hill View Infant School\nTrust:\tNorthern Lights Academy Trust\nE-Safety Policy',
      ),
    ).toEqual({
      title: 'E-Safety Policy',
      school: 'Hill View Infant School',
      trust: 'Northern Lights Academy Trust',
    });
    expect(
      names(
        'The School\nThe Trust Board approved this policy. It represents the Trust ethos.\nCharging Policy',
      ),
    ).toMatchObject({ school: null, trust: null });
  });
});
