import mammoth from 'mammoth';
import { unzipBounded, UnzipLimits } from './bounded-unzip';
import { MAX_UNPACKED_ENTRY_BYTES, MAX_UNPACKED_TOTAL_BYTES } from './limits';
import { storedZip } from './stored-zip';

const DOCX_LIMITS: UnzipLimits = { entryBytes: MAX_UNPACKED_ENTRY_BYTES, totalBytes: MAX_UNPACKED_TOTAL_BYTES };
/** The parts mammoth parses; pictures and embedded files are never unpacked. */
const isMarkup = (name: string) => /\.(xml|rels)$/i.test(name);

/** The parts of mammoth's document tree we read (mammoth types it as `any`). */
interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  checked?: boolean;
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
}

function isNode(value: unknown): value is DocxNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * The text of a .docx. mammoth's extractRawText ends every paragraph with a blank line and
 * loses table structure, so we walk the document tree mammoth reads (through its
 * `transformDocument` hook) and write what detection needs: one line per paragraph, list
 * paragraphs as "- item", a table row per line with its cells separated by tabs (so a header
 * table reads "Label:\tValue"), ticked boxes as ☒. The zip is unpacked first within the
 * limits (UnpackLimitError over one) and mammoth reads that checked copy, stored uncompressed.
 * Throws mammoth's error for a bad file.
 */
export async function extractDocx(bytes: Buffer): Promise<{ text: string; messages: string[] }> {
  const checked = storedZip(unzipBounded(bytes, DOCX_LIMITS, isMarkup));
  let text = '';
  const result = await mammoth.convertToHtml(
    { buffer: checked },
    {
      transformDocument: (document: unknown) => {
        if (isNode(document)) text = renderBlocks(document.children ?? []).join('\n');
        return document;
      },
      // Pictures are not read: that saves decoding them, and they hold no text we use.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return { text, messages: result.messages.map((message) => message.message) };
}

function renderBlocks(nodes: DocxNode[]): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') lines.push(...renderParagraph(node).split('\n'));
    else if (node.type === 'table') lines.push('', ...renderTable(node), '');
    else if (node.children) lines.push(...renderBlocks(node.children));
  }
  return lines;
}

function renderParagraph(node: DocxNode): string {
  const text = renderInline(node.children ?? [], '\n');
  if (!node.numbering || text.trim() === '') return text;
  return `${' '.repeat(Number(node.numbering.level ?? 0))}- ${text.trim()}`;
}

function renderTable(node: DocxNode): string[] {
  return (node.children ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) =>
      (row.children ?? [])
        .filter((cell) => cell.type === 'tableCell')
        .map((cell) => renderCell(cell))
        .join('\t'),
    );
}

/** A cell is one line: its paragraphs (and any nested table) joined with spaces. */
function renderCell(cell: DocxNode): string {
  return (cell.children ?? [])
    .map((child) =>
      child.type === 'table'
        ? renderTable(child).join(' ')
        : child.type === 'paragraph'
          ? renderParagraph(child)
          : renderInline([child], ' '),
    )
    .map((text) => text.replace(/[\t\n]+/g, ' ').trim())
    .filter((text) => text !== '')
    .join(' ');
}

function renderInline(nodes: DocxNode[], lineBreak: string): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value ?? '';
        case 'tab':
          return '\t';
        case 'break':
          return lineBreak;
        case 'checkbox':
          return node.checked ? '☒' : '☐';
        case 'noteReference':
        case 'commentReference':
        case 'image':
          return '';
        default:
          return renderInline(node.children ?? [], lineBreak);
      }
    })
    .join('');
}
