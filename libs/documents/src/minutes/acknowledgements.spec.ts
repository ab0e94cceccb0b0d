import type { MinutesInputs } from '@governance/projections';
import { renderMinutesDocx } from './docx';
import { renderMinutesMarkdown } from './markdown';
import { readZip } from './testing/read-zip';
import { oakInputs } from './testing/sample-inputs';

const withReading: MinutesInputs = {
  ...oakInputs,
  schools: oakInputs.schools.map((section) => ({
    ...section,
    acknowledgements: [
      { policyId: 'p-safe', title: 'Safeguarding and child protection policy', version: 2, staff: 40, acknowledged: 31, outstanding: 9 },
      { policyId: 'p-conduct', title: 'Staff code of conduct', version: 1, staff: 40, acknowledged: 40, outstanding: 0 },
    ],
  })),
};

describe('"Read and acknowledge" in the clerk\'s pack', () => {
  it('given counts for a school, then the Markdown has the section after the evaluations: policy, version, staff, acknowledged, outstanding', () => {
    const markdown = renderMinutesMarkdown(withReading);
    expect(markdown).toContain(
      '## Read and acknowledge\n\nCurrent staff who have confirmed they read the version in force of each policy that asks them to, when this pack was built.\n\n' +
        '| Policy | Version | Staff | Acknowledged | Outstanding |\n',
    );
    expect(markdown).toContain('| Safeguarding and child protection policy | 2 | 40 | 31 | 9 |\n| Staff code of conduct | 1 | 40 | 40 | 0 |\n');
    expect(markdown.indexOf('## Read and acknowledge')).toBeGreaterThan(markdown.indexOf('## Policy evaluations this term'));
    expect(markdown.indexOf('## Read and acknowledge')).toBeLessThan(markdown.indexOf('## Link governors'));
  });

  it('given no policy asking (or a pack recorded before the section), then no section and the same Markdown as before', () => {
    expect(renderMinutesMarkdown(oakInputs)).not.toContain('Read and acknowledge');
    expect(renderMinutesMarkdown({ ...oakInputs, schools: oakInputs.schools.map((section) => ({ ...section, acknowledgements: [] })) })).toBe(renderMinutesMarkdown(oakInputs));
  });

  it('given counts, then the Word document has the same section', async () => {
    const xml = readZip(await renderMinutesDocx(withReading)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('Read and acknowledge');
    expect(xml).toContain('Safeguarding and child protection policy');
    expect(xml).toContain('Acknowledged');
  });
});
