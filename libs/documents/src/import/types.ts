/** Who approves a policy, with the values of API.md's `approver`. */
export type Approver = 'trust-board' | 'local-governing-body' | 'headteacher' | 'committee';

/**
 * A date as the document gives it: `YYYY-MM-DD`, a month `YYYY-MM` ("November 2018") or a
 * term id `YYYY-autumn|spring|summer` ("Spring 2025"). Never more precise than the text.
 */
export type PartialDate = string;

/** The `detected` object of API.md's policy-imports route. Unstated scalars are null. */
export interface DetectedPolicy {
  title: string | null;
  trustName: string | null;
  schoolName: string | null;
  lastReviewedOn: PartialDate | null;
  approvedOn: PartialDate | null;
  approvedBy: Approver | null;
  nextReviewDue: PartialDate | null;
  reviewCycleMonths: number | null;
  statutory: boolean | null;
  legislation: string[];
  linkedPolicies: string[];
  /** Role ids (see ROLES in roles.ts), in order of first mention. */
  roles: string[];
  eia: DetectedEia;
}

export interface DetectedEia {
  /** True when the document contains the assessment itself (a form or its conclusion). */
  present: boolean;
  completedOn: PartialDate | null;
  fullAssessmentRequired: boolean | null;
}

/** Where a value was read: the 1-based line number in the extracted text and that line. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Parallel to DetectedPolicy: one source per scalar, one per list item, in the same order. */
export interface DetectionSources {
  title: SourceLine | null;
  trustName: SourceLine | null;
  schoolName: SourceLine | null;
  lastReviewedOn: SourceLine | null;
  approvedOn: SourceLine | null;
  approvedBy: SourceLine | null;
  nextReviewDue: SourceLine | null;
  reviewCycleMonths: SourceLine | null;
  statutory: SourceLine | null;
  legislation: SourceLine[];
  linkedPolicies: SourceLine[];
  roles: SourceLine[];
  eia: {
    present: SourceLine | null;
    completedOn: SourceLine | null;
    fullAssessmentRequired: SourceLine | null;
  };
}

export interface PolicyDetection {
  detected: DetectedPolicy;
  sources: DetectionSources;
  /** Plain-English notes on every guess, for the person checking the import. */
  warnings: string[];
}

export interface DetectOptions {
  /** `YYYY-MM-DD`; enables checks against today (a last review in the future, ...). */
  today?: string;
}

export type DocumentKind = 'txt' | 'docx' | 'pdf';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

export interface ExtractedDocument {
  fileName: string;
  kind: DocumentKind;
  /** Normalised text: `\n` line ends, table cells separated by tabs, list items as `- item`. */
  text: string;
  /** Set for .txt files. */
  encoding?: TextEncoding;
  /** Set for .pdf files. */
  pageCount?: number;
  /** Notes on the extraction itself (e.g. a text file read as Windows-1252). */
  warnings: string[];
}

export interface PolicyDocumentReading extends PolicyDetection {
  document: ExtractedDocument;
}
