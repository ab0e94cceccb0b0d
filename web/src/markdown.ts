import { Child, h } from './dom.js';
import { scrollingTable } from './ui.js';

/**
 * A small Markdown reader for the clerk's preview: headings, paragraphs, bullet and numbered
 * lists, pipe tables, **bold** and _italic_. It builds DOM nodes from text (never HTML), so
 * whatever the pack contains is shown, not run. Anything else stays as plain text.
 */
export function renderMarkdown(markdown: string): HTMLElement {
  const root = h('div', { class: 'markdown' });
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  // Each table scrolls in a region of its own, named after the heading above it (and unique, as landmarks must be).
  let lastHeading = 'Table';
  const names = new Map<string, number>();
  const regionName = () => {
    const seen = (names.get(lastHeading) ?? 0) + 1;
    names.set(lastHeading, seen);
    return seen === 1 ? lastHeading : `${lastHeading} (${seen})`;
  };
  let i = 0;
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
      const title = h(`h${level}`, {}, inline(heading[2]));
      lastHeading = title.textContent ?? lastHeading;
      root.append(title);
      i += 1;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      root.append(scrollingTable(regionName(), table(rows)));
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

function table(rows: string[]): HTMLTableElement {
  const isRule = (row: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(row);
  const header = rows.length > 1 && isRule(rows[1]) ? cells(rows[0]) : null;
  const body = (header ? rows.slice(2) : rows).filter((row) => !isRule(row)).map(cells);
  return h(
    'table',
    { class: 'data' },
    header ? h('thead', {}, h('tr', {}, header.map((cell) => h('th', { scope: 'col' }, inline(cell))))) : null,
    h('tbody', {}, body.map((row) => h('tr', {}, row.map((cell) => h('td', {}, inline(cell)))))),
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
