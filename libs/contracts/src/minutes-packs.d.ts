/** The check of a frozen pack: GET /api/trusts/:trustId/minutes-packs/:eventId?check=1. */
export interface MinutesPackCheck {
  /** The MinutesInputsGenerated event that recorded the pack. */
  eventId: string;
  term: string;
  /** The school of a local governing body's pack; null for the trust board's. */
  schoolId: string | null;
  format: 'json' | 'markdown' | 'docx';
  generatedOn: string;
  generatedBy: string;
  /** The log position the pack was built at (decimal). */
  builtAt: string;
  /** `bytes` for JSON and Markdown; `contents` (the pack's JSON form) for Word, whose writer stamps the time. */
  compared: 'bytes' | 'contents';
  recordedSha256: string;
  rebuiltSha256: string;
  /** True when the rebuild equals what was sent. */
  matches: boolean;
}
