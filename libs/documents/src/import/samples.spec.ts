import * as fs from 'node:fs';
import * as path from 'node:path';
import { readPolicyDocument } from './read-policy-document';
import { docxFromLines } from './testing/make-docx';
import { pdfFromLines } from './testing/make-pdf';
import { DetectedPolicy, PolicyDocumentReading } from './types';

/** The real school policies beside the repository (../shared/samples from the repo root). */
const SAMPLES = path.resolve(__dirname, '../../../..', '../shared/samples');
const present = fs.existsSync(SAMPLES);
const describeSamples = present ? describe : describe.skip;
const SKIPPED = `skipped: the sample folder ${SAMPLES} is absent`;
if (!present) {
  // Visible in the test output, so a skipped suite is not mistaken for a passing one.
  console.warn(`Sample policy tests ${SKIPPED}.`);
}

function sample(file: string): string {
  return fs.readFileSync(path.join(SAMPLES, file), 'utf8');
}

/** What a careful reader takes from each sample's header: the fields the register needs. */
const HEADLINES: Record<
  string,
  Pick<
    DetectedPolicy,
    | 'title'
    | 'trustName'
    | 'schoolName'
    | 'lastReviewedOn'
    | 'approvedOn'
    | 'approvedBy'
    | 'nextReviewDue'
    | 'reviewCycleMonths'
    | 'statutory'
  >
> = {
  'internet-social-networking-policy-2018.txt': {
    title: 'Internet and Social Networking Policy',
    trustName: null,
    schoolName: null,
    lastReviewedOn: '2018-11',
    approvedOn: null,
    approvedBy: 'trust-board',
    nextReviewDue: '2020-10',
    reviewCycleMonths: 24,
    statutory: null,
  },
  'libra-parent-community-social-media.txt': {
    title: 'Parent and Community Use of Social Media',
    trustName: null,
    schoolName: 'Libra School',
    lastReviewedOn: '2017-03-03',
    approvedOn: '2017-03-03',
    approvedBy: 'trust-board',
    nextReviewDue: '2018-03-01',
    reviewCycleMonths: 12,
    statutory: null,
  },
  'ravens-wood-social-media-policy.txt': {
    title: 'Social Media and Networking Policy',
    trustName: 'Impact Multi Academy Trust',
    schoolName: 'Ravens Wood School',
    lastReviewedOn: '2024-spring',
    approvedOn: null,
    approvedBy: null,
    nextReviewDue: '2025-spring',
    reviewCycleMonths: 12,
    statutory: null,
  },
};

describeSamples(
  present ? 'the three real sample policies' : `the three real sample policies (${SKIPPED})`,
  () => {
    const readings = new Map<string, PolicyDocumentReading>();
    beforeAll(async () => {
      for (const file of Object.keys(HEADLINES)) {
        readings.set(
          file,
          await readPolicyDocument(
            { name: file, bytes: fs.readFileSync(path.join(SAMPLES, file)) },
            { today: '2026-01-15' },
          ),
        );
      }
    });
    const reading = (file: string) => readings.get(file) as PolicyDocumentReading;

    it.each(Object.entries(HEADLINES))(
      '%s yields its title, school or trust, dates, approver and cycle',
      (file, expected) => {
        expect(reading(file).detected).toMatchObject(expected);
      },
    );

    it('internet and social networking (2018): the trust board, reviewed biennially, legislation without the repeated Act', () => {
      const { detected, sources, warnings } = reading('internet-social-networking-policy-2018.txt');
      expect(sources.lastReviewedOn).toEqual({ line: 9, text: 'Date of Review: November 2018' });
      expect(sources.approvedBy).toEqual({ line: 10, text: 'Approved by: Trust Board' });
      expect(sources.nextReviewDue).toEqual({ line: 11, text: 'Next Review Date: October 2020' });
      expect(sources.reviewCycleMonths?.text).toContain('reviewed biennially');
      expect(detected.legislation.slice(0, 10)).toEqual([
        'Health and Safety at Work Act 1974',
        'Employment Rights Act 1996',
        'Human Rights Act 1998',
        'Protection from Harassment Act 1997',
        'Data Protection Act 1998',
        'Public Interest Disclosure Act 1998',
        'School Standards and Framework Act 1998',
        'Safeguarding Vulnerable Groups Act 2006 (Transitional Provisions) Regulations 2008',
        'Employment Act 2008',
        'Equality Act 2010',
      ]);
      expect(detected.legislation).toContain(
        'Acas Code of Practice 1 - Disciplinary and Grievance',
      );
      expect(new Set(detected.legislation).size).toBe(detected.legislation.length);
      expect(detected.linkedPolicies).toEqual([]);
      expect(detected.roles).toEqual(
        expect.arrayContaining([
          'trust-board',
          'headteacher',
          'link-governor',
          'coordinator',
          'nominated-governor',
          'governing-body',
        ]),
      );
      expect(detected.eia).toEqual({
        present: false,
        completedOn: null,
        fullAssessmentRequired: null,
      });
      expect(warnings).toEqual([
        'the policy says an equality impact assessment was carried out (line 68), but the assessment itself is not in the document',
      ]);
    });

    it('Libra School: the header table, the directors’ endorsement, linked policies and the initial EIA', () => {
      const { detected, sources, warnings } = reading('libra-parent-community-social-media.txt');
      expect(sources.nextReviewDue).toEqual({
        line: 8,
        text: '03.03.17\t01.03.18\tKirsty Crosby\tJoan Wilkes',
      });
      expect(sources.approvedBy?.text).toBe('• Policy endorsed by Directors\t✓');
      expect(detected.linkedPolicies).toEqual([
        'Internet Social Networking',
        'Complaints',
        'Home School Agreement',
        'E-safety',
        'Acceptable Internet Use and Agreement',
        'Dealing with Allegations',
      ]);
      expect(detected.legislation).toEqual(
        expect.arrayContaining([
          "Children's Act 1989",
          'Keeping Children Safe in Education: Statutory Guidance for Schools and Colleges (DfE)',
        ]),
      );
      expect(detected.roles).toEqual(
        expect.arrayContaining([
          'coordinator',
          'nominated-director',
          'headteacher',
          'trust-board',
          'school-council',
        ]),
      );
      expect(detected.eia).toEqual({
        present: true,
        completedOn: '2017-03-03',
        fullAssessmentRequired: false,
      });
      expect(sources.eia.present?.text).toBe('Initial Equality Impact Assessment');
      expect(warnings).toEqual([
        '"Review Date: 01.03.18" read as the next review date because it comes after the policy\'s date (2017-03-03)',
        'the policy\'s date ("Date: 03.03.17", line 8) read as the date of its last review',
        'approval read from "• Policy endorsed by Directors ✓": Directors read as the trust board',
        'approval date read from the signature date on line 293 ("Headteacher/Director: Date: 03.03.17")',
      ]);
    });

    it('Ravens Wood: the policy header table, the trust it is part of, the cycle read from the dates', () => {
      const { detected, sources, warnings } = reading('ravens-wood-social-media-policy.txt');
      expect(sources.title).toEqual({
        line: 11,
        text: 'Policy Name\tSocial Media and Networking Policy',
      });
      expect(sources.trustName).toEqual({
        line: 7,
        text: '(Part of the Impact Multi Academy Trust)',
      });
      expect(sources.lastReviewedOn).toEqual({
        line: 12,
        text: 'Date of Last Review:\tSpring 2024',
      });
      expect(detected.linkedPolicies).toEqual([
        'IT Acceptable Use policy',
        'Safeguarding and child protection guidance',
        'Code of Conduct',
        'Model Disciplinary Procedure',
      ]);
      expect(detected.roles).toEqual(
        expect.arrayContaining([
          'headteacher',
          'business-manager',
          'ict-manager',
          'designated-safeguarding-lead',
        ]),
      );
      expect(detected.eia.present).toBe(false);
      expect(warnings).toEqual([
        'review cycle not stated; read as every 12 months because the next review (2025-spring) is one year after the last (2024-spring)',
      ]);
    });

    it.each(Object.keys(HEADLINES))(
      '%s converted to .docx gives the same detection',
      async (file) => {
        const bytes = await docxFromLines(sample(file).split('\n'));
        const fromDocx = await readPolicyDocument(
          { name: file.replace(/\.txt$/, '.docx'), bytes },
          { today: '2026-01-15' },
        );
        expect(fromDocx.detected).toEqual(reading(file).detected);
      },
    );

    it.each(Object.keys(HEADLINES))(
      '%s printed to PDF gives the same headline fields',
      async (file) => {
        const bytes = await pdfFromLines(sample(file).split('\n'));
        const fromPdf = await readPolicyDocument(
          { name: file.replace(/\.txt$/, '.pdf'), bytes },
          { today: '2026-01-15' },
        );
        expect(fromPdf.detected).toMatchObject(HEADLINES[file]);
      },
    );
  },
);
