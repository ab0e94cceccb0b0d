import { createHash } from 'node:crypto';
import { minutesFileName, renderMinutesDocx, renderMinutesMarkdown } from '@governance/documents';
import type { MinutesInputs } from '@governance/projections';
import { DOCX_TYPE, MinutesFormat } from './minutes-formats';

/** A pack as the bytes sent, with what its SHA-256 and the frozen pack's check need. */
export interface RenderedPack {
  format: MinutesFormat;
  bytes: Buffer;
  /** Content-Type sent with it. */
  type: string;
  fileName: string;
  /** SHA-256 (hex) of `bytes`. */
  sha256: string;
  /** SHA-256 (hex) of the pack's JSON form: a Word pack is checked on this (its writer stamps the time). */
  inputsSha256: string;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Renders the pack into the exact bytes the route sends. The JSON form is serialised here
 * (not by Express) so the bytes hashed and recorded are the bytes sent, and a rebuild with the
 * same inputs gives the same bytes.
 */
export async function renderPack(inputs: MinutesInputs, format: MinutesFormat): Promise<RenderedPack> {
  const json = Buffer.from(JSON.stringify(inputs), 'utf8');
  const inputsSha256 = sha256Hex(json);
  switch (format) {
    case 'json':
      return { format, bytes: json, type: 'application/json; charset=utf-8', fileName: minutesFileName(inputs, 'json'), sha256: inputsSha256, inputsSha256 };
    case 'markdown': {
      const bytes = Buffer.from(renderMinutesMarkdown(inputs), 'utf8');
      return { format, bytes, type: 'text/markdown; charset=utf-8', fileName: minutesFileName(inputs, 'md'), sha256: sha256Hex(bytes), inputsSha256 };
    }
    case 'docx': {
      const bytes = await renderMinutesDocx(inputs);
      return { format, bytes, type: DOCX_TYPE, fileName: minutesFileName(inputs, 'docx'), sha256: sha256Hex(bytes), inputsSha256 };
    }
  }
}
