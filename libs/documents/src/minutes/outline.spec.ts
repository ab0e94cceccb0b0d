import { minutesOutline } from './outline';
import { oakInputs, trustBoardInputs } from './testing/sample-inputs';

const headings = (blocks: ReturnType<typeof minutesOutline>['blocks']) =>
  blocks.flatMap((b) => (b.kind === 'heading' ? [`${'#'.repeat(b.level)} ${b.text}`] : []));

describe('minutesOutline', () => {
  it("lays out the trust board's pack: the table across academies, the trust, then a section per school", () => {
    const outline = minutesOutline(trustBoardInputs);
    expect(outline.title).toBe('Inputs for the minutes: Trust board, Spring 2027');
    const all = headings(outline.blocks);
    expect(all.slice(0, 6)).toEqual([
      '# Inputs for the minutes: Trust board, Spring 2027',
      '## All academies',
      '## Oakwood Learning Trust',
      '### Policies approved or reviewed by the trust this term',
      '### Decisions for the trust board: draft resolutions',
      '## Elm Academy',
    ]);
    expect(all.filter((h) => h.startsWith('## '))).toEqual(['## All academies', '## Oakwood Learning Trust', '## Elm Academy', '## Oak Primary']);
    const oak = all.slice(all.indexOf('## Oak Primary'));
    expect(oak).toEqual([
      '## Oak Primary',
      '### Policies approved, adopted or reviewed this term',
      '### Reviews due by the end of Summer 2027',
      '### Overdue reviews',
      '### Equality impact assessments missing, out of date or requiring a full assessment',
      '### Policy evaluations this term',
      '### Link governors',
      '#### Visits this term',
      '#### Reports this term',
      '#### Link governors who have not reported this term',
      "### Headteacher's termly report",
      '#### Incidents',
      '#### Training delivered',
      '### Decisions: draft resolutions',
    ]);
  });

  it('opens with the trust, the body, the term and its dates, and the dates assessed and generated', () => {
    const preamble = minutesOutline(oakInputs).blocks.slice(1, 7);
    expect(preamble).toEqual([
      { kind: 'paragraph', label: 'Trust', text: 'Oakwood Learning Trust' },
      { kind: 'paragraph', label: 'School', text: 'Oak Primary (URN 100001)' },
      { kind: 'paragraph', label: 'Governing body', text: 'Local governing body' },
      { kind: 'paragraph', label: 'Term', text: 'Spring 2027 (1 January 2027 to 31 March 2027)' },
      { kind: 'paragraph', label: 'Statuses as of', text: '10 March 2027' },
      { kind: 'paragraph', label: 'Generated on', text: '10 March 2027' },
    ]);
    expect(minutesOutline(oakInputs).title).toBe('Inputs for the minutes: Local governing body of Oak Primary, Spring 2027');
  });

  it('puts the facts of each section in its table', () => {
    const blocks = minutesOutline(oakInputs).blocks;
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables.map((t) => t.header[0])).toEqual(['Date', 'Policy', 'Policy', 'Policy', 'Date', 'Date', 'Link governor', 'Category']);
    expect(tables[0].rows).toEqual([
      ['5 February 2027', 'Accessibility Plan', 'adopted', '1', 'Local governing body', '—', 'Ruth Okafor', '—'],
      ['10 February 2027', 'Behaviour', 'reviewed (no change)', '—', '—', '—', '—', 'next review Summer 2027; Checked | against\nthe DfE guidance'],
    ]);
    expect(tables[1].rows).toEqual([
      ['Complaints', '25 March 2027', 'Spring 2027', 'due soon', '20 February 2027'],
      ['Behaviour', '31 August 2027', 'Summer 2027', 'due soon', '10 February 2027'],
    ]);
    expect(tables[2].rows).toEqual([['Safeguarding', '1 February 2027', '1 month', '37', '—']]);
    expect(tables[3].rows).toEqual([
      ['Complaints', 'missing', '—', 'yes'],
      ['Safeguarding', 'full assessment required', '1 February 2026', 'yes'],
    ]);
    expect(tables[4]).toEqual({
      kind: 'table',
      header: ['Date', 'Policy', 'Evaluated by', 'Overall effectiveness', 'Checklist', 'Points answered No'],
      rows: [
        [
          '15 February 2027',
          'Accessibility Plan',
          'Helen Park',
          'It is effective and suitable for purpose',
          '24 yes, 1 no, 1 not applicable',
          'Funding in place (No budget line until April)',
        ],
      ],
    });
    expect(tables[7]).toEqual({
      kind: 'table',
      header: ['Category', 'Spring 2027', 'Autumn 2026'],
      rows: [
        ['Allegations made about school staff', '—', '1'],
        ['e-Safety incidents', '3', '5'],
      ],
    });
    expect(blocks).toContainEqual({ kind: 'bullets', items: ['Gita Rao (SEND)'] });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Submitted on 8 March 2027 by Helen Park (submission 2, replacing earlier ones).' });
    expect(blocks[blocks.length - 1]).toEqual({
      kind: 'numbered',
      items: ['That the local governing body adopts version 2 of “Safeguarding”. Version 2: KCSIE 2026 changes'],
    });
  });

  it('says so when a section has nothing, and when no termly report was submitted', () => {
    const blocks = minutesOutline(trustBoardInputs).blocks;
    const elm = blocks.slice(blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Elm Academy'));
    const texts = elm.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        'No policy was approved, adopted or reviewed this term.',
        'No review falls due by the end of Summer 2027.',
        'No review is overdue.',
        'Every policy that needs an equality impact assessment has a complete one for the version adopted.',
        'No policy was evaluated this term.',
        'No link governor visit was logged this term.',
        'No link governor report was submitted this term.',
        'Every link governor has reported this term.',
        'No termly report was submitted for Spring 2027.',
        'No policy is waiting for approval or adoption.',
      ]),
    );
  });

  it("gives the trust board two tables with one row per academy", () => {
    const tables = minutesOutline(trustBoardInputs).blocks.filter((b) => b.kind === 'table').slice(0, 2);
    expect(tables).toEqual([
      expect.objectContaining({
        rows: [
          ['Elm Academy', '4', '1', '0', '0', '3', '0', '3', '0', '25%'],
          ['Oak Primary', '4', '1', '2', '1', '0', '0', '1', '1', '75%'],
        ],
      }),
      expect.objectContaining({
        rows: [
          ['Elm Academy', '0', '0', '0', '0', '0', '0', 'not submitted', '0'],
          ['Oak Primary', '2', '1', '2', '1', '1', '1', 'submitted', '1'],
        ],
      }),
    ]);
  });
});
