/** Words a governing document calls itself: "this policy", "the plan", "this procedure". */
export const POLICY_WORDS =
  /\b(?:polic(?:y|ies)|procedures?|plan|statement|code of conduct|charter|protocol|guidelines|strategy|document)\b/i;

/** A bullet or numbered-list marker at the start of a line, as documents and converters write them. */
export const BULLET =
  /^\s*(?:[-–•▪·*●◦■□➢➤]\s*|o\s+|\d{1,2}[.)]\s+|\(?[a-z]\)\s+|\(?[ivx]{1,4}\)\s+)/i;

export function isBulletLine(line: string): boolean {
  return BULLET.test(line) && line.replace(BULLET, '').trim() !== '';
}

export function stripBullet(text: string): string {
  let stripped = text.trim();
  // Converted lists can stack markers: "- (ii) text".
  for (let i = 0; i < 3 && BULLET.test(stripped); i++)
    stripped = stripped.replace(BULLET, '').trim();
  return stripped;
}

/** A run of consecutive non-empty lines, read as one text for sentence rules (PDFs wrap lines). */
export interface Paragraph {
  text: string;
  /** 0-based index of each joined line and where it starts in `text`. */
  starts: Array<{ index: number; offset: number }>;
}

export function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  lines.forEach((line, index) => {
    const text = line.trim();
    // A bullet starts a new paragraph, so list items are never joined to each other.
    if (text === '' || isBulletLine(line) || text.includes('\t')) current = null;
    if (text === '') return;
    if (current === null) {
      current = { text: '', starts: [] };
      paragraphs.push(current);
    } else {
      current.text += ' ';
    }
    current.starts.push({ index, offset: current.text.length });
    current.text += text;
    if (text.includes('\t')) current = null;
  });
  return paragraphs;
}

/** The 0-based line index holding `offset` of a paragraph's text. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let found = paragraph.starts[0].index;
  for (const start of paragraph.starts) if (start.offset <= offset) found = start.index;
  return found;
}

/** Sentences of a paragraph with their offsets; "03.03.17" and "e.g. the" stay whole. */
export function sentences(text: string): Array<{ text: string; offset: number }> {
  const result: Array<{ text: string; offset: number }> = [];
  const boundary = /(?<=[.!?])\s+(?=[A-Z(“"'‘])/g;
  let start = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    result.push({ text: text.slice(start, m.index), offset: start });
    start = m.index + m[0].length;
  }
  if (start < text.length) result.push({ text: text.slice(start), offset: start });
  return result;
}
