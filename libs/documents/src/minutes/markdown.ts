import type { MinutesInputs } from '@governance/projections';
import { Block, minutesOutline } from './outline';

/** The pack as Markdown (CommonMark with GitHub tables). */
export function renderMinutesMarkdown(inputs: MinutesInputs): string {
  return `${minutesOutline(inputs).blocks.map(markdownBlock).join('\n\n')}\n`;
}

export function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text)}`;
    case 'paragraph':
      return block.label ? `**${inline(block.label)}:** ${inline(block.text)}` : inline(block.text);
    case 'bullets':
      return block.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'numbered':
      return block.items.map((item, index) => `${index + 1}. ${inline(item)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
      return [row(block.header), `|${block.header.map(() => ' --- ').join('|')}|`, ...block.rows.map(row)].join('\n');
    }
  }
}

/**
 * Text people typed, made inert: Markdown's punctuation is escaped so a summary cannot turn
 * into headings, links or HTML, and line breaks are kept as hard breaks.
 */
export function inline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, (_m, space: string, mark: string, after: string) => `${space}${mark.replace(/([-+.)])$/, '\\$1')}${after}`)
    .replace(/\n/g, '  \n');
}

/** A table cell: one line (breaks become <br>), pipes escaped. */
function cell(text: string): string {
  return inline(text).replace(/ {2}\n/g, '<br>');
}
