/**
 * Policy documents written for the tests in the ways schools write their headers, none
 * copied from the samples: different label wording, colons or none, tables flattened into
 * lines, several fields on a line, tick boxes, dates in many formats.
 */

/** All-caps headings, a flattened header with a sentence for the approval. */
export const ST_MARYS_ANTI_BULLYING = [
  "ST MARY'S CATHOLIC PRIMARY SCHOOL",
  'Part of the Emmaus Catholic Multi Academy Trust',
  '',
  'ANTI-BULLYING POLICY',
  '',
  'Policy owner: Headteacher',
  'Statutory policy? Yes',
  'Approved by the Local Governing Body on 14/11/2024',
  'Review frequency: Annually',
  'Next review due: November 2025',
  '',
  'This policy has been written with regard to the Education and Inspections Act 2006 and the Equality Act 2010, and',
  'should be read alongside our Behaviour Policy, the Safeguarding and Child Protection Policy and the Online Safety Policy.',
  '',
  'Roles and responsibilities',
  'The Designated Safeguarding Lead (DSL) keeps a record of bullying incidents. The link governor for behaviour meets',
  'the SENCO each term.',
].join('\n');

/** A two-column table with tabs, tick boxes and an inline EIA. */
export const OAKFIELD_SAFEGUARDING = [
  'Oakfield Primary Academy',
  '',
  'Policy:\tSafeguarding and Child Protection Policy',
  'Statutory:\t☒ Yes ☐ No',
  'Approval level:\tTrust Board',
  'Date approved:\t3rd September 2024',
  'Last reviewed:\tSeptember 2024',
  'Review cycle:\tEvery 12 months',
  'Next review:\tAutumn 2025',
  '',
  'This policy follows Keeping Children Safe in Education (KCSIE) and Working Together to Safeguard Children.',
  'The nominated governor for safeguarding and the Designated Safeguarding Lead meet each half term.',
  'Equality Impact Assessment: completed 02/09/2024; a full assessment is not required.',
].join('\n');

/** A table flattened by a converter into one label line and one value line each. */
export const HILLSIDE_SEND = [
  'Hillside Academy',
  'SEND Policy',
  '',
  'Date of Last Review:',
  'Autumn 2024',
  'Review Cycle/ Next Review:',
  'Bi-Annually/ Autumn 2026',
  'Statutory Policy:',
  'No',
  'Ratified by:',
  'FGB',
  '',
  'Legislation and guidance',
  '• Children and Families Act 2014',
  '• Special Educational Needs and Disability Regulations 2014',
  '• SEND Code of Practice: 0 to 25 years (DfE)',
  '• Children and Families Act 2014',
  '',
  'Related policies:',
  '• Accessibility Plan',
  '• Supporting Pupils with Medical Conditions Policy',
  '• Behaviour Policy',
  '',
  'The SENCO reports to the nominated governor for SEND and to the Full Governing Body.',
].join('\n');

/** Several fields on one line, columns padded with spaces, and a two-digit year. */
export const RIVERSIDE_ATTENDANCE = [
  'Riverside Federation',
  'Attendance Policy',
  '',
  'Approved: FGB     Date: 12.03.24     Review: Spring 2026',
  'Policy Review Cycle: 2 years',
  '',
  'This is a statutory policy.',
  'The attendance officer and the headteacher monitor attendance weekly.',
].join('\n');

/** Headteacher approval, an issue date and an ambiguous "Review date" with no stated cycle. */
export const BROOK_LANE_UNIFORM = [
  'Brook Lane Junior School',
  '',
  'School Uniform Policy',
  '',
  'Approval: Headteacher',
  'Issue date: 1 September 2023',
  'Review date: September 2024',
  '',
  'This policy is not statutory.',
].join('\n');

/** Committee approval in prose, a cycle sentence, and an EIA form. */
export const NORTHGATE_CHARGING = [
  'Northgate Learning Trust',
  'Charging and Remissions Policy',
  '',
  'This policy was approved by the Finance and Resources Committee on 27 May 2021.',
  'Date of next review: May 2024',
  '',
  'The policy will be reviewed every three years by the committee.',
  'It is a statutory requirement under the Education Act 1996 (sections 449-462).',
  '',
  'Initial Equality Impact Assessment',
  'EIA completed by:\tDeputy Headteacher\tDate:\t20/05/2021',
  'Does or could this policy have a negative impact on any of the following?\tNo',
  'Conclusion: a full equality impact assessment is required for pupils with disabilities.',
].join('\n');

/** Not a policy at all. */
export const LUNCH_MENU = [
  'Week 1 Lunch Menu',
  'Monday: Pasta bake with garlic bread',
  'Tuesday: Roast chicken',
  'Wednesday: Fish fingers and chips',
].join('\n');
