import type { LabelKind } from './labels';

/** One "label: value" a document states, wherever and however it wrote it. */
export interface LabelledValue {
  kind: LabelKind;
  /** The label as written, e.g. "Date of Last Review:". */
  label: string;
  value: string;
  /** 1-based number of the line holding the value. */
  line: number;
}
