import { Child, h } from './dom.js';

/**
 * A small Markdown reader for the clerk's preview: headings, paragraphs, bullet and numbered
 * lists, pipe tables, **bold** and _italic_. It builds DOM nodes from text (never HTML), so
 * whatever the pack contains is shown, not run. Anything else stays as plain text.
 */
export function renderMarkdown(markdown: string): HTMLElement {
  const root = h('div', { class: 'markdown' });
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let lastHeading = 'Preview';
  // Each scrolling box is a region, so each needs a name of its own: its section, numbered after the first.
  const named = new Map<string, number>();
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      // The page already has an h1 and h2s: the pack's headings start one level down.
      const level = Math.min(6, heading[1].length + 2) as 3 | 4 | 5 | 6;
      lastHeading = heading[2].replace(/[*_]/g, '');
      root.append(h(`h${level}`, {}, inline(heading[2])));
      i += 1;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      const nth = (named.get(lastHeading) ?? 0) + 1;
      named.set(lastHeading, nth);
      root.append(table(rows, nth === 1 ? `${lastHeading} (table)` : `${lastHeading} (table ${nth})`));
      continue;
    }
    const bullet = /^\s*([-*•]|\d+[.)])\s+/;
    if (bullet.test(line)) {
      const numbered = /^\s*\d/.test(line);
      const items: string[] = [];
      while (i < lines.length && bullet.test(lines[i])) items.push(lines[i++].replace(bullet, ''));
      root.append(h(numbered ? 'ol' : 'ul', {}, items.map((item) => h('li', {}, inline(item)))));
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,6}\s|\s*\||\s*([-*•]|\d+[.)])\s)/.test(lines[i])) paragraph.push(lines[i++]);
    root.append(h('p', {}, inline(paragraph.join(' '))));
  }
  return root;
}

function cells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** A table in its own scrolling box, which keyboard users can focus to scroll (named by its section). */
function table(rows: string[], label: string): HTMLElement {
  const isRule = (row: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(row);
  const header = rows.length > 1 && isRule(rows[1]) ? cells(rows[0]) : null;
  const body = (header ? rows.slice(2) : rows).filter((row) => !isRule(row)).map(cells);
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 },
    h(
      'table',
      { class: 'data' },
      header ? h('thead', {}, h('tr', {}, header.map((cell) => h('th', { scope: 'col' }, inline(cell))))) : null,
      h('tbody', {}, body.map((row) => h('tr', {}, row.map((cell) => h('td', {}, inline(cell)))))),
    ),
  );
}

/** **bold** and _italic_ (or *italic*) inside a line; everything else is text. */
function inline(text: string): Child[] {
  const parts: Child[] = [];
  const pattern = /\*\*(.+?)\*\*|(?<![\w*])[_*](?![\s*_])(.+?)(?<![\s*_])[_*](?![\w*])/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(text.slice(last, match.index));
    parts.push(match[1] !== undefined ? h('strong', {}, match[1]) : h('em', {}, match[2]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
