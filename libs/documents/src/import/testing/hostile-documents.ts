import { PDFDocument, PDFName } from 'pdf-lib';
import { createDeflate, createDeflateRaw } from 'node:zlib';
import { zipOfEntries } from '../stored-zip';

/*
 * Hostile uploads for the tests and the benchmark: small files that unpack to far more than
 * the reading limits allow ("bombs"), built without ever holding the unpacked bytes in memory.
 */

/** `head`, then `filler` repeated to about `bytes`, then `tail`, deflated as it is written. */
export async function deflatedRepeat(
  bytes: number,
  options: { head?: string; filler?: string; tail?: string; zlibHeader?: boolean } = {},
): Promise<{ compressed: Buffer; size: number }> {
  const deflate = options.zlibHeader ? createDeflate({ level: 9 }) : createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunk = Buffer.alloc(1 << 20, options.filler ?? '<w:r><w:t>policy</w:t></w:r>');
  const write = async (data: Buffer) => {
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  const head = Buffer.from(options.head ?? '');
  const tail = Buffer.from(options.tail ?? '');
  await write(head);
  let size = head.length + tail.length;
  for (; size < bytes; size += chunk.length) await write(chunk);
  deflate.end(tail);
  await ended;
  return { compressed: Buffer.concat(out), size };
}

export interface ZipPart {
  name: string;
  /** Raw-deflated content (method 8). */
  compressed: Buffer;
  /** What the content unpacks to. */
  size: number;
  /** What the headers say it unpacks to, when they lie. */
  claimedSize?: number;
}

/** A zip whose headers say what a hostile tool would make them say. */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  // The CRC stays 0: readers that check it only do so after unpacking, too late for a bomb.
  return zipOfEntries(
    parts.map((part) => ({ name: part.name, stored: part.compressed, method: 8, crc: 0, size: part.claimedSize ?? part.size })),
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>';
const DOCUMENT_TAIL = '</w:p></w:body></w:document>';

async function smallPart(name: string, text: string): Promise<ZipPart> {
  return { name, ...(await deflatedRepeat(0, { head: text })) };
}

/**
 * A .docx whose parts unpack to the given sizes: word/document.xml first, then any further
 * parts (word/extraN.xml). `claimedSize` makes every big part's headers claim that size.
 */
export async function docxBomb(sizes: readonly number[], claimedSize?: number): Promise<Buffer> {
  const big = await Promise.all(
    sizes.map(async (size, i) => ({
      name: i === 0 ? 'word/document.xml' : `word/extra${i}.xml`,
      ...(await deflatedRepeat(size, { head: DOCUMENT_HEAD, tail: DOCUMENT_TAIL })),
      claimedSize,
    })),
  );
  return zipOf([await smallPart('[Content_Types].xml', CONTENT_TYPES), await smallPart('_rels/.rels', RELS), ...big]);
}

/** A one-page PDF whose content stream is zlib data unpacking to about `decodedBytes`. */
export async function pdfBomb(decodedBytes: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const { compressed } = await deflatedRepeat(decodedBytes, { filler: 'q Q ', zlibHeader: true });
  const stream = pdf.context.stream(compressed, { Filter: 'FlateDecode', Length: compressed.length });
  page.node.set(PDFName.of('Contents'), pdf.context.register(stream));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
