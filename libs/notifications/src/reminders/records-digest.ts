import { RecordToRenew } from '@governance/domain';
import { shortDate } from './dates-in-words';

/** A governor's record to chase, for the clerk's summary. */
export interface RecordToChase extends RecordToRenew {
  /** The person's name from the directory (null: not known). */
  name: string | null;
}

const WHAT: Record<RecordToRenew['record'], string> = { declaration: 'Declaration of interests', safeguarding: 'Safeguarding training' };

/** "Declaration of interests overdue: the last was made on 10 December 2025, to be renewed by 10 December 2026." */
export function recordInWords(record: RecordToRenew): string {
  const what = `${WHAT[record.record]} ${record.status}`;
  if (record.last === null || record.by === null) return `${what}: ${record.record === 'declaration' ? 'never made' : 'none recorded'}.`;
  const last = record.record === 'declaration' ? `the last was made on ${shortDate(record.last)}` : `the last was on ${shortDate(record.last)}`;
  const by = record.record === 'declaration' ? `to be renewed by ${shortDate(record.by)}` : `it counts until ${shortDate(record.by)}`;
  return `${what}: ${last}, ${by}.`;
}

/** The digest's lines for the person's own records, and for the records a clerk chases. */
export function recordsDigestLines(own: readonly RecordToRenew[], toChase: readonly RecordToChase[]): string[] {
  const lines: string[] = [];
  if (own.length > 0) {
    lines.push(`Your records to renew (${own.length}), in the governance tracker or through your clerk:`, ...own.map((record) => `  - ${recordInWords(record)}`), '');
  }
  if (toChase.length > 0) {
    lines.push(
      `Governor and trustee records to chase (${toChase.length}):`,
      ...[...toChase].sort(byName).map((record) => `  - ${record.name ?? 'A person without a name in the directory'}: ${recordInWords(record)}`),
      '',
    );
  }
  return lines;
}

/** The digest subject's parts for them: "1 record to renew", "3 records to chase". */
export function recordsDigestCounts(own: readonly RecordToRenew[], toChase: readonly RecordToChase[]): string[] {
  const plural = (n: number) => (n === 1 ? 'record' : 'records');
  return [own.length > 0 ? `${own.length} ${plural(own.length)} to renew` : null, toChase.length > 0 ? `${toChase.length} ${plural(toChase.length)} to chase` : null].filter(
    (part): part is string => part !== null,
  );
}

function byName(a: RecordToChase, b: RecordToChase): number {
  return (a.name ?? '').localeCompare(b.name ?? '') || a.record.localeCompare(b.record);
}
