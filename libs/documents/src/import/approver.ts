import { Approver } from './types';

export interface ApproverReading {
  approver: Approver;
  /** The words that named the body, as written. */
  matched: string;
  /** Explains a reading that was a guess. */
  note?: string;
}

/**
 * Approving bodies as policies name them, checked in this order: a committee acts under
 * delegation even when it is "of the Trust Board" (but a "Local Governing Committee" is an
 * LGB); where several bodies are named, the highest approves ("agreed by the FGB and
 * ratified by the Trust Board" is the trust board's approval).
 */
const BODIES: Array<{ pattern: RegExp; approver: Approver; note?: (matched: string) => string }> = [
  { pattern: /\b(?:[\w&'’-]+\s+){0,4}(?:sub-?)?committee\b/i, approver: 'committee' },
  {
    pattern:
      /\b(?:trust(?:ee)?s?['’]? board|board of (?:trustees|directors)|trustees|directors|the board|mat board|members of the trust)\b|^\s*(?:the\s+)?trust\s*$/i,
    approver: 'trust-board',
  },
  {
    pattern:
      /\b(?:full governing (?:body|board)|f\.?g\.?b|l\.?g\.?b|local (?:governing|academy|school) (?:body|board|committee|council)|local governors|academy (?:council|committee)|local board|l\.?a\.?b|l\.?a\.?c|governing (?:body|board)|governors|g\.?b)\b/i,
    approver: 'local-governing-body',
  },
  {
    pattern:
      /\b(?:(?:executive )?head\s?teacher|head of school|(?:executive )?principal|head|senior leadership team|slt)\b/i,
    approver: 'headteacher',
  },
  {
    pattern: /\b(?:ceo|chief executive(?: officer)?|executive leader(?:ship team)?)\b/i,
    approver: 'headteacher',
    note: (matched) =>
      `"${matched}" read as approval by the headteacher (executive leaders share that approval level)`,
  },
];

/** Who approved, from a value such as "Trust Board", "ratified by the FGB" or "Directors". */
export function readApprover(text: string): ApproverReading | null {
  for (const { pattern, approver, note } of BODIES) {
    const match = pattern.exec(text);
    if (!match) continue;
    // "Local Governing Committee" was matched above as an LGB; skip it as a committee.
    if (
      approver === 'committee' &&
      /local\s+(?:governing|academy|school)\s+committee/i.test(match[0])
    )
      continue;
    const matched = match[0].trim();
    return note ? { approver, matched, note: note(matched) } : { approver, matched };
  }
  return null;
}
