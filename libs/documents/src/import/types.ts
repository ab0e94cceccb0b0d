// What the importer detects is part of the API's answer: its shapes are the shared contracts.
import type { Approver, DetectedEia, DetectedPolicy, DetectionSources, PartialDate, SourceLine } from '@governance/contracts';
export type { Approver, DetectedEia, DetectedPolicy, DetectionSources, PartialDate, SourceLine };

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
