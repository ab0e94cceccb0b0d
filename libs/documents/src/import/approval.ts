import { ApproverReading, readApprover } from './approver';
import { FoundDate, firstDate } from './dates';
import { Found, datedPairs, stripCells } from './found';
import type { LabelledValue } from './labelled-value';
import { POLICY_WORDS, Paragraph, lineAt, sentences } from './text-lines';
import { Approver } from './types';
import { readYesNo } from './yes-no';

export interface ApprovalStatement {
  approver: ApproverReading | null;
  date: FoundDate | null;
  index: number;
  text: string;
}

const STATEMENT =
  /\b(?:approved|ratified|adopted|agreed|endorsed|signed off|accepted)\s+(?:by|at a meeting of|at the meeting of)\s+(?:the\s+)?([^.;:]{2,120})/gi;

/**
 * "This policy was ratified by the FGB on 12 March 2024." A statement counts when it is about
 * the policy (it names the policy or the document), never when it is about the EIA.
 */
export function findApprovalStatements(paragraphs: readonly Paragraph[]): ApprovalStatement[] {
  const found: ApprovalStatement[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph.text)) {
      if (!POLICY_WORDS.test(sentence.text) || /\bEIA\b|impact assessment/i.test(sentence.text))
        continue;
      STATEMENT.lastIndex = 0;
      const m = STATEMENT.exec(sentence.text);
      if (!m) continue;
      const body = m[1].split(/\s+(?:on|at|in|dated|for|from|with effect)\s+|,/)[0];
      found.push({
        approver: readApprover(body),
        date: firstDate(m[1]),
        index: lineAt(paragraph, sentence.offset + m.index),
        text: m[0].trim(),
      });
    }
  }
  return found;
}

export interface ApprovalReading {
  body: Found<Approver> | null;
  date: Found<FoundDate> | null;
}

/** Who approved and when: approval labels first ("Approved by:", "Date ratified:"), then statements in the prose. */
export function readApproval(
  labelled: readonly LabelledValue[],
  paragraphs: readonly Paragraph[],
  lines: readonly string[],
  warnings: string[],
): ApprovalReading {
  let body: Found<Approver> | null = null;
  let date: Found<FoundDate> | null = null;
  const note = (reading: ApproverReading) => reading.note && warnings.push(reading.note);
  for (const pair of labelled) {
    if (pair.kind !== 'approvedBy' && pair.kind !== 'approval' && pair.kind !== 'approvedOn')
      continue;
    const index = pair.line - 1;
    const when = firstDate(pair.value);
    if (when && !date) date = { value: when, index };
    if (body) continue;
    const fromValue = readApprover(pair.value.replace(when?.raw ?? '\u0000', ''));
    // "Date ratified by FGB: 12/03/24" or a ticked "Policy endorsed by Directors ✓".
    const byLabel = /\bby\s+(.+)$/i.exec(pair.label.replace(/:\s*$/, ''));
    const fromLabel =
      !fromValue && byLabel && readYesNo(pair.value) !== false ? readApprover(byLabel[1]) : null;
    const reading = fromValue ?? fromLabel;
    if (!reading) continue;
    body = { value: reading.approver, index };
    note(reading);
    if (fromLabel && !when) {
      warnings.push(
        `approval read from "${stripCells(lines[index])}": ${reading.matched} read as ${describeApprover(reading.approver)}`,
      );
    }
  }
  if (!body || !date) {
    for (const statement of findApprovalStatements(paragraphs)) {
      if (!body && statement.approver) {
        body = { value: statement.approver.approver, index: statement.index };
        note(statement.approver);
        warnings.push(
          `approval read from the sentence "${statement.text}": ${statement.approver.matched} read as ${describeApprover(statement.approver.approver)}`,
        );
      }
      if (!date && statement.date) date = { value: statement.date, index: statement.index };
    }
  }
  return { body, date };
}

/** The date beside a signature, when nothing else dates the approval. */
export function signatureDate(
  labelled: readonly LabelledValue[],
  lines: readonly string[],
  warnings: string[],
): Found<FoundDate> | null {
  const signed = datedPairs(labelled, ['signatureDate'])[0];
  if (!signed) return null;
  warnings.push(
    `approval date read from the signature date on line ${signed.index + 1} ("${stripCells(lines[signed.index])}")`,
  );
  return { value: signed.value, index: signed.index };
}

function describeApprover(approver: Approver): string {
  return {
    'trust-board': 'the trust board',
    'local-governing-body': 'the local governing body',
    headteacher: 'the headteacher',
    committee: 'a committee',
  }[approver];
}
