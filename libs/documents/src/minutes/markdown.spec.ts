import { inline, renderMinutesMarkdown } from './markdown';
import { oakInputs, trustBoardInputs } from './testing/sample-inputs';

describe('renderMinutesMarkdown', () => {
  const markdown = renderMinutesMarkdown(trustBoardInputs);

  it('writes headings, the preamble and GitHub tables', () => {
    expect(markdown.startsWith('# Inputs for the minutes: Trust board, Spring 2027\n\n**Trust:** Oakwood Learning Trust\n\n')).toBe(true);
    expect(markdown).toContain('**Term:** Spring 2027 (1 January 2027 to 31 March 2027)');
    expect(markdown).toContain('**Generated on:** 10 March 2027');
    expect(markdown).toContain(
      [
        '| School | Policies | In date | Due soon | Overdue | Not adopted | Never reviewed | EIA missing | Full EIA needed | Compliance |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Elm Academy | 4 | 1 | 0 | 0 | 3 | 0 | 3 | 0 | 25% |',
        '| Oak Primary | 4 | 1 | 2 | 1 | 0 | 0 | 1 | 1 | 75% |',
      ].join('\n'),
    );
    expect(markdown).toContain('## Oak Primary\n\n### Policies approved, adopted or reviewed this term');
    expect(markdown).toContain('| 25 January 2027 | Accessibility Plan | approved | 1 | Trust board | TB/27/02 | Ruth Okafor | — |');
    expect(markdown).toContain('1. That the trust board approves version 2 of “Complaints”. Version 2: Adds the DfE 2026 timescales');
    expect(markdown).toContain('- Gita Rao (SEND)');
    expect(markdown).toContain('No termly report was submitted for Spring 2027.');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('keeps typed text from breaking a table or becoming Markdown', () => {
    expect(markdown).toContain('next review Summer 2027; Checked \\| against<br>the DfE guidance |');
    expect(markdown).toContain('**Summary:** \\# A calm term\u0007 with \\<b\\>no\\</b\\> exclusions');
    expect(inline('- not a list\n1. nor this\n+ nor this')).toBe('\\- not a list  \n1\\. nor this  \n\\+ nor this');
    expect(inline('[link](http://x) *bold* _it_ `code`')).toBe('\\[link\\](http://x) \\*bold\\* \\_it\\_ \\`code\\`');
  });

  it("titles a school's pack with its governing body and school", () => {
    const school = renderMinutesMarkdown(oakInputs);
    expect(school.split('\n')[0]).toBe('# Inputs for the minutes: Local governing body of Oak Primary, Spring 2027');
    expect(school).toContain('**School:** Oak Primary (URN 100001)');
    expect(school).not.toContain('All academies');
    expect(school).toContain('## Overdue reviews\n\n| Policy | Was due by | Overdue by | Days overdue | Last reviewed |');
  });
});
