import mammoth from 'mammoth';
import { columnWidths, renderMinutesDocx, xmlSafe } from './docx';
import { minutesFileName } from './file-name';
import { minutesOutline } from './outline';
import { readZip } from './testing/read-zip';
import { oakInputs, trustBoardInputs } from './testing/sample-inputs';

describe('renderMinutesDocx', () => {
  let bytes: Buffer;
  let files: Map<string, Buffer>;
  let xml: string;
  beforeAll(async () => {
    bytes = await renderMinutesDocx(trustBoardInputs);
    files = readZip(bytes);
    xml = files.get('word/document.xml')!.toString('utf8');
  });

  it('writes a Word package: content types, document, styles, numbering, footer and properties', () => {
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']),
    );
    expect([...files.keys()].some((name) => /^word\/footer\d*\.xml$/.test(name))).toBe(true);
    const core = files.get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dc:title>Inputs for the minutes: Trust board, Spring 2027</dc:title>');
    expect(core).toContain('<dc:creator>Governance tracker</dc:creator>');
  });

  it('uses Word heading styles, real tables with repeating header rows, and a landscape A4 page', () => {
    const outline = minutesOutline(trustBoardInputs);
    const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
    expect(count(/<w:pStyle w:val="Heading1"\/>/g)).toBe(1);
    expect(count(/<w:pStyle w:val="Heading2"\/>/g)).toBe(outline.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length);
    expect(count(/<w:tbl>/g)).toBe(outline.blocks.filter((b) => b.kind === 'table').length);
    expect(count(/<w:tblHeader\/>/g)).toBe(count(/<w:tbl>/g));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('holds every fact of the outline, as mammoth reads it', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const outline = minutesOutline(trustBoardInputs);
    const facts = outline.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return [block.text];
        case 'bullets':
        case 'numbered':
          return block.items;
        case 'table':
          return [...block.header, ...block.rows.flat()];
      }
    });
    const missing = facts.flatMap((fact) => xmlSafe(fact).split('\n')).filter((line) => !text.includes(line));
    expect(missing).toEqual([]);
  });

  it("carries the term's policy evaluations: the statement of effectiveness in the school's words and the points answered No", async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const oak = text.slice(text.lastIndexOf('Oak Primary'));
    const section = oak.slice(oak.indexOf('Policy evaluations this term'), oak.indexOf('Link governors', oak.indexOf('Policy evaluations this term')));
    expect(section).toContain('It is effective and suitable for purpose');
    expect(section).toContain('24 yes, 1 no, 1 not applicable');
    expect(section).toContain('Funding in place (No budget line until April)');
    expect(text).toContain('No policy was evaluated this term.');
  });

  it('reads as HTML headings, tables and lists in mammoth', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain('<h1>Inputs for the minutes: Trust board, Spring 2027</h1>');
    expect(html).toContain('<h2>Oak Primary</h2>');
    expect(html).toMatch(/<table><thead><tr><th><p><strong>School<\/strong><\/p><\/th>/);
    expect(html).toContain('<li>Gita Rao (SEND)</li>');
    expect(html).toContain('<ol><li>That the trust board approves version 2 of “Complaints”. Version 2: Adds the DfE 2026 timescales</li></ol>');
  });

  it('drops characters XML cannot hold, so Word opens the file', async () => {
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('# A calm term with &lt;b&gt;no&lt;/b&gt; exclusions');
    expect(xmlSafe('a\u0000b\uD800c\u{1F3EB}')).toBe('abc\u{1F3EB}');
  });

  it("names the file after the trust, the school of a school's pack, and the term", async () => {
    expect(minutesFileName(trustBoardInputs, 'docx')).toBe('minutes-inputs-oakwood-learning-trust-2027-spring.docx');
    expect(minutesFileName(oakInputs, 'md')).toBe('minutes-inputs-oakwood-learning-trust-oak-primary-2027-spring.md');
    const school = await mammoth.extractRawText({ buffer: await renderMinutesDocx(oakInputs) });
    expect(school.value).toContain('That the local governing body adopts version 2 of “Safeguarding”.');
  });
});

describe('columnWidths', () => {
  const total = (widths: number[]) => widths.reduce((sum, w) => sum + w, 0);

  it('fills the page width, giving long text more room than counts', () => {
    const widths = columnWidths(['Policy', 'Count', 'Summary'], [['Safeguarding', '3', 'A long summary of the term that needs much more room than a count']]);
    expect(total(widths)).toBeGreaterThan(14500);
    expect(total(widths)).toBeLessThanOrEqual(14570);
    expect(widths[2]).toBeGreaterThan(widths[0]);
    expect(widths[0]).toBeGreaterThan(widths[1]);
  });

  it('never makes a column narrower than its longest word when lines are long', () => {
    const long = 'word '.repeat(200);
    const widths = columnWidths(['Date', 'Policy', 'Minute ref.', 'Notes', 'More notes'], [['25 January 2027', 'Accessibility Plan', 'TB/27/02', long, long]]);
    expect(widths[2]).toBeGreaterThanOrEqual(('TB/27/02'.length + 2) * 100);
    expect(widths[1]).toBeGreaterThanOrEqual(('Accessibility'.length + 2) * 100);
    expect(total(widths)).toBeLessThanOrEqual(14570);
  });
});
