import { readLabelledValues } from './header-fields';
import { readReferenceLists } from './lists';
import { paragraphsOf } from './text-lines';

function lists(text: string, title: string | null = null) {
  const lines = text.split('\n');
  const found = readReferenceLists(lines, paragraphsOf(lines), readLabelledValues(lines), title);
  return {
    legislation: found.legislation.map((item) => item.text),
    linkedPolicies: found.linkedPolicies.map((item) => item.text),
    lines: [...found.legislation, ...found.linkedPolicies].map((item) => item.index + 1),
  };
}

describe('legislation and linked policies', () => {
  it('reads a legislation list under its intro line, without duplicates', () => {
    const text = [
      'This policy relates to the following legislation:',
      '',
      '- Equality Act 2010',
      '- Data Protection Act 2018',
      '- Equality Act 2010',
      '- Children’s Act 1989',
      '- Children Act 1989',
      '',
      'We acknowledge that the Equality Act 2010 applies.',
    ].join('\n');
    expect(lists(text)).toEqual({
      legislation: ['Equality Act 2010', 'Data Protection Act 2018', 'Children’s Act 1989'],
      linkedPolicies: [],
      lines: [3, 4, 6],
    });
  });

  it('sorts a documentation list into guidance (legislation) and policies (linked)', () => {
    const text = [
      'The following documentation is also related to this policy:',
      '• Keeping Children Safe in Education: Statutory Guidance for Schools and Colleges (DfE)',
      '• Behaviour in Schools: Advice for Headteachers (DfE)',
      '• Whistleblowing Procedure',
      '• Staff Code of Conduct',
    ].join('\n');
    expect(lists(text)).toMatchObject({
      legislation: [
        'Keeping Children Safe in Education: Statutory Guidance for Schools and Colleges (DfE)',
        'Behaviour in Schools: Advice for Headteachers (DfE)',
      ],
      linkedPolicies: ['Whistleblowing Procedure', 'Staff Code of Conduct'],
    });
  });

  it('reads a "Linked Policies" heading over a two-column list, and leaves out the policy itself', () => {
    const text = [
      'Linked Policies',
      '',
      '▪ Complaints\t▪ E-safety',
      '▪ Online Safety\t▪ Home School Agreement',
      '',
      'Signed:',
    ].join('\n');
    expect(lists(text, 'Online Safety Policy').linkedPolicies).toEqual([
      'Complaints',
      'E-safety',
      'Home School Agreement',
    ]);
  });

  it('reads lists without bullet marks up to the first blank line', () => {
    const text = [
      'Related policies:',
      'Accessibility Plan',
      'Supporting Pupils with Medical Conditions',
      '',
      'The SENCO will:',
    ].join('\n');
    expect(lists(text).linkedPolicies).toEqual([
      'Accessibility Plan',
      'Supporting Pupils with Medical Conditions',
    ]);
  });

  it('reads "Related documents:" and "Legislation:" labels, but not the policy’s own appendices', () => {
    const text =
      'Related Documents:\tAppendix A – Social Media Accounts; Anti-bullying Policy, Complaints Procedure\nLegislation:\tEducation Act 2002; Equality Act 2010';
    expect(lists(text)).toMatchObject({
      legislation: ['Education Act 2002', 'Equality Act 2010'],
      linkedPolicies: ['Anti-bullying Policy', 'Complaints Procedure'],
    });
  });

  it('reads "read in conjunction with" sentences', () => {
    const text =
      "- (ii) This policy should be read in conjunction with the school's IT Acceptable Use policy, the school's safeguarding and child protection guidance and any other related procedure for example the Code of Conduct. This policy should also be read in line with the school's Model Disciplinary Procedure. If staff fail to adhere to it, action may follow.";
    expect(lists(text).linkedPolicies).toEqual([
      'IT Acceptable Use policy',
      'Safeguarding and child protection guidance',
      'Code of Conduct',
      'Model Disciplinary Procedure',
    ]);
  });

  it('finds Acts and statutory guidance named in the prose', () => {
    const text = [
      'Under section 175 of the Education Act 2002 and in line with the Children and Families Act 2014, staff follow',
      'KCSIE and the Prevent duty. The Equality Act 2010 applies.',
    ].join('\n');
    expect(lists(text).legislation).toEqual([
      'Education Act 2002',
      'Children and Families Act 2014',
      'Equality Act 2010',
      'Keeping Children Safe in Education',
      'Prevent Duty Guidance',
    ]);
  });
});
