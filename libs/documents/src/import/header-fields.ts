import { readApprover } from './approver';
import { findDates } from './dates';
import { DATE_KINDS, LabelKind, VALUE_KINDS, classifyLabel } from './labels';
import type { LabelledValue } from './labelled-value';
import { findCyclePhrase } from './review-cycle';
import { BULLET } from './text-lines';

const MAX_LABEL_WORDS = 8;
/** Header lines are short; longer lines are prose, and skipping them bounds the work on huge files. */
const MAX_HEADER_LINE = 400;

/**
 * Reads the label/value pairs of a document's header tables and lines, in any of the forms
 * schools use: "Label:\tValue" rows and several pairs on a row, a header row of labels over a
 * row of values, "Label: value" lines (several on one line too), "Label value" without a
 * colon when the value is a date or a body, and tables flattened into a label line followed
 * by its value line.
 */
export function readLabelledValues(lines: readonly string[]): LabelledValue[] {
  const found: LabelledValue[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (consumed.has(i) || lines[i].trim() === '' || lines[i].length > MAX_HEADER_LINE) continue;
    const cells = splitCells(lines[i]);
    if (cells.length > 1) {
      const valueRow = isHeaderRow(cells) ? nextNonEmpty(lines, i, 2) : -1;
      if (valueRow >= 0 && splitCells(lines[valueRow]).length > 1) {
        found.push(...pairColumns(cells, splitCells(lines[valueRow]), valueRow + 1));
        consumed.add(valueRow);
        continue;
      }
      found.push(...pairCells(cells, i + 1));
      continue;
    }
    const inline = pairInline(cells[0] ?? '', i + 1, null);
    // "Label:" alone on its line is a flattened table: its value is on the next line.
    if (inline.some((pair) => pair.value !== '')) {
      found.push(...inline);
      continue;
    }
    const run = labelOnlyRun(lines, i);
    if (run.length > 0) {
      const pairs = pairFlattened(lines, run);
      pairs.forEach(
        ({ pair, valueIndex }) => VALUE_KINDS.has(pair.kind) && consumed.add(valueIndex),
      );
      found.push(...pairs.map(({ pair }) => pair));
      i = run[run.length - 1];
    }
  }
  return found
    .flatMap(splitCombined)
    .filter((pair) => VALUE_KINDS.has(pair.kind) && pair.value !== '');
}

/** Table cells: tabs, or runs of 3+ spaces where a converter padded the columns. */
function splitCells(line: string): string[] {
  const separator = line.includes('\t') ? /\t/ : / {3,}/;
  return line.trim() === ''
    ? []
    : line
        .replace(/^\s+/, '')
        .split(separator)
        .map((cell) => cell.trim());
}

/** A cell holding only a label; "Approved: FGB" holds a label and its value. */
function isLabelCell(cell: string): boolean {
  if (cell.endsWith(':')) return words(cell) <= MAX_LABEL_WORDS;
  return !/(?<!\d):(?!\/\/)/.test(cell) && classifyLabel(cell) !== null;
}

/** A row of labels with no values, whose values are in the row below. */
function isHeaderRow(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length < 2 || filled.some((cell) => cell.endsWith(':') || findDates(cell).length > 0))
    return false;
  const known = filled.filter((cell) => classifyLabel(cell) !== null).length;
  return (
    known === filled.length ||
    (known >= 1 && classifyLabel(filled[0]) !== null && filled.length >= 3)
  );
}

function pairColumns(header: string[], values: string[], line: number): LabelledValue[] {
  const pairs: LabelledValue[] = [];
  let previous: LabelKind | null = null;
  header.forEach((label, column) => {
    if (label === '') return;
    const kind = classifyLabel(label);
    const resolved = kind === 'date' ? dateAfter(previous) : kind;
    if (kind !== null) previous = kind;
    const value = values[column] ?? '';
    if (resolved !== null && value !== '') pairs.push({ kind: resolved, label, value, line });
  });
  return pairs;
}

/** "Label:\tValue\tLabel:\tValue" rows: each label takes the next filled cell that is not a label. */
function pairCells(cells: string[], line: number): LabelledValue[] {
  const pairs: LabelledValue[] = [];
  let previous: LabelKind | null = null;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    if (cell === '') continue;
    if (!isLabelCell(cell)) {
      const inline = pairInline(cell, line, previous);
      pairs.push(...inline);
      if (inline.length > 0) previous = inline[inline.length - 1].kind;
      continue;
    }
    const kind = classifyLabel(cell);
    const resolved = kind === 'date' ? dateAfter(previous) : kind;
    previous = kind ?? previous;
    const next = cells.findIndex((c, index) => index > k && c !== '');
    if (next < 0 || isLabelCell(cells[next])) continue;
    if (resolved !== null) pairs.push({ kind: resolved, label: cell, value: cells[next], line });
    k = next;
  }
  return pairs;
}

/**
 * "Label: value" (several per line allowed) or "Label value" without a colon when the value
 * is what the label promises (a date, a body, a cycle).
 */
function pairInline(text: string, line: number, before: LabelKind | null): LabelledValue[] {
  const body = text.replace(BULLET, '').trim();
  const labels = colonLabels(body);
  if (labels.length > 0) {
    let previous = before;
    return labels.map((label, n) => {
      const end = n + 1 < labels.length ? labels[n + 1].start : body.length;
      const kind = label.kind === 'date' ? dateAfter(previous) : label.kind;
      previous = label.kind ?? previous;
      return {
        kind: kind ?? 'other',
        label: label.text,
        value: body.slice(label.valueStart, end).trim(),
        line,
      };
    });
  }
  const bare = bareLabel(body);
  return bare ? [{ ...bare, line }] : [];
}

interface ColonLabel {
  text: string;
  kind: LabelKind | null;
  start: number;
  valueStart: number;
}

/** Labels ending in a colon: the first may be any short phrase, later ones must be known. */
function colonLabels(body: string): ColonLabel[] {
  const labels: ColonLabel[] = [];
  const colon = /(?<!\d):(?!\/\/)/g;
  let boundary = 0;
  for (let m = colon.exec(body); m !== null; m = colon.exec(body)) {
    const before = body.slice(boundary, m.index);
    const tokens = before.split(/(?<=\s)/);
    let label: { text: string; start: number } | null = null;
    // The longest run of words just before the colon that is a label we know, leaving the
    // label before it a value of at least one word.
    const keep = labels.length > 0 ? 1 : 0;
    for (
      let take = Math.min(tokens.length - keep, MAX_LABEL_WORDS);
      take >= 1 && label === null;
      take--
    ) {
      if (
        keep > 0 &&
        tokens
          .slice(0, tokens.length - take)
          .join('')
          .trim() === ''
      )
        continue;
      const text = tokens.slice(tokens.length - take).join('');
      if (classifyLabel(text) !== null) label = { text, start: m.index - text.length };
    }
    if (
      label === null &&
      labels.length === 0 &&
      boundary === 0 &&
      words(before) <= MAX_LABEL_WORDS &&
      !/\d/.test(before)
    ) {
      label = { text: before, start: 0 };
    }
    if (label === null || (labels.length === 0 && body.slice(0, label.start).trim() !== '')) {
      if (labels.length === 0) return [];
      continue;
    }
    labels.push({
      text: label.text.trim(),
      kind: classifyLabel(label.text),
      start: label.start,
      valueStart: m.index + 1,
    });
    boundary = m.index + 1;
  }
  return labels;
}

/** "Next Review Date October 2020", "Approved by Trust Board", "Review cycle annually". */
function bareLabel(body: string): Omit<LabelledValue, 'line'> | null {
  const tokens = body.split(/\s+/);
  for (let take = Math.min(tokens.length - 1, MAX_LABEL_WORDS); take >= 1; take--) {
    const label = tokens.slice(0, take).join(' ');
    const kind = classifyLabel(label);
    if (kind === null || !VALUE_KINDS.has(kind)) continue;
    const value = tokens
      .slice(take)
      .join(' ')
      .replace(/^[-–=>|]\s*/, '')
      .trim();
    if (fitsBare(kind, value))
      return { kind: kind === 'date' ? 'documentDate' : kind, label, value };
  }
  return null;
}

function fitsBare(kind: LabelKind, value: string): boolean {
  if (DATE_KINDS.has(kind) && findDates(value)[0]?.index === 0) return true;
  if (kind === 'approvedBy' || kind === 'approval')
    return words(value) <= 10 && readApprover(value) !== null;
  if (kind === 'cycle') return findCyclePhrase(value)?.index === 0;
  if (kind === 'statutory') return /^(?:yes|no|y|n)\b/i.test(value);
  return false;
}

/** Consecutive lines that are each only a label (a flattened table's left column). */
function labelOnlyRun(lines: readonly string[], start: number): number[] {
  const run: number[] = [];
  for (let i = start; i < lines.length; i = nextNonEmpty(lines, i, 1)) {
    if (i < 0) break;
    const text = lines[i].trim();
    if (BULLET.test(text) || words(text) > MAX_LABEL_WORDS) break;
    const kind = classifyLabel(text);
    if (kind === null || !(text.endsWith(':') || VALUE_KINDS.has(kind) || kind === 'role')) break;
    run.push(i);
  }
  return run;
}

function pairFlattened(
  lines: readonly string[],
  run: number[],
): Array<{ pair: LabelledValue; valueIndex: number }> {
  const values: number[] = [];
  for (let i = run[run.length - 1]; values.length < run.length;) {
    i = nextNonEmpty(lines, i, 1);
    if (i < 0 || !isValueLine(lines[i])) break;
    values.push(i);
  }
  // k labels over k values pair up in order; otherwise only the last label has a value.
  const labels =
    values.length === run.length ? run : values.length > 0 ? [run[run.length - 1]] : [];
  let previous: LabelKind | null = null;
  return labels.flatMap((labelIndex, n) => {
    const label = lines[labelIndex].trim();
    const kind = classifyLabel(label);
    const resolved = kind === 'date' ? dateAfter(previous) : kind;
    previous = kind;
    if (resolved === null) return [];
    const valueIndex = values[n];
    return [
      {
        pair: { kind: resolved, label, value: lines[valueIndex].trim(), line: valueIndex + 1 },
        valueIndex,
      },
    ];
  });
}

function isValueLine(line: string): boolean {
  const text = line.trim();
  // A sentence is prose, not a table cell.
  const sentence = /[a-z]{2}[.!?]$/.test(text) || /[.!?]\s+[A-Z]/.test(text);
  return (
    !BULLET.test(text) &&
    !text.includes('\t') &&
    words(text) <= 12 &&
    !text.endsWith(':') &&
    !sentence &&
    classifyLabel(text) === null
  );
}

/** "Review Cycle/ Next Review: Bi-Annually/ Autumn 2026" is two pairs. */
function splitCombined(pair: LabelledValue): LabelledValue[] {
  const parts = pair.label.replace(/:\s*$/, '').split(/\s*\/\s*/);
  if (parts.length < 2) return [pair];
  const kinds = parts.map((part) => classifyLabel(part));
  if (kinds.some((kind) => kind === null) || new Set(kinds).size < 2) return [pair];
  // A slash between non-digits separates values; 14/11/2024 stays whole.
  const values = pair.value.split(/\s*(?<!\d)\/(?!\d)\s*/);
  return parts.map((part, n) => ({
    kind: kinds[n] as LabelKind,
    label: part,
    value: (values.length === parts.length ? values[n] : pair.value).trim(),
    line: pair.line,
  }));
}

/** What a bare "Date" means from the label before it on the same row. */
function dateAfter(previous: LabelKind | null): LabelKind | null {
  switch (previous) {
    case null:
      return 'documentDate';
    case 'approvedBy':
    case 'approval':
    case 'approvedOn':
      return 'approvedOn';
    case 'eiaBy':
    case 'eia':
    case 'eiaDate':
      return 'eiaDate';
    case 'eiaApprovedBy':
      return null;
    case 'reviewedBy':
    case 'lastReview':
      return 'lastReview';
    case 'role':
      return 'signatureDate';
    default:
      return 'documentDate';
  }
}

function nextNonEmpty(lines: readonly string[], from: number, maxGap: number): number {
  let blanks = 0;
  for (let i = from + 1; i < lines.length; i++) {
    if (lines[i].trim() !== '') return i;
    if (++blanks > maxGap) return -1;
  }
  return -1;
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
