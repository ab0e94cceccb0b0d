import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { RenderedPack } from './rendered-pack';

/** Sends a rendered pack's exact bytes: a Word file as an attachment, JSON and Markdown inline. */
export function sendPack(res: Response, pack: RenderedPack): string | StreamableFile {
  // Names of governors and staff: not for shared caches.
  res.setHeader('Cache-Control', 'private, no-store');
  if (pack.format === 'docx') {
    return new StreamableFile(pack.bytes, { type: pack.type, disposition: `attachment; filename="${pack.fileName}"`, length: pack.bytes.length });
  }
  res.type(pack.type);
  if (pack.format === 'markdown') res.setHeader('Content-Disposition', `inline; filename="${pack.fileName}"`);
  return pack.bytes.toString('utf8');
}
