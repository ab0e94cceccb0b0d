import { inflateRawSync } from 'node:zlib';

/** Crossing an unpacking limit; `scope` says whether one part or all of them together. */
export class UnpackLimitError extends Error {
  constructor(
    readonly scope: 'entry' | 'total',
    readonly entryName: string,
    readonly limit: number,
  ) {
    super(`${scope === 'entry' ? entryName : 'the parts together'} unpack to more than ${limit} bytes`);
    this.name = 'UnpackLimitError';
  }
}

export interface UnzipLimits {
  entryBytes: number;
  totalBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** More parts than any Word document has: the count alone marks a hostile file. */
const MAX_ENTRIES = 5000;

/**
 * The parts of a zip, read from its central directory. Parts whose name `wanted` accepts are
 * inflated here, each stopped as soon as its output passes the limit (whatever sizes the zip's
 * headers claim); the others come back empty, unread. Throws UnpackLimitError over a limit and
 * a plain Error for a damaged zip.
 */
export function unzipBounded(zip: Buffer, limits: UnzipLimits, wanted: (name: string) => boolean): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length || zip.readUInt32LE(end) !== EOCD) throw new Error('no zip directory');
  const count = zip.readUInt16LE(end + 10);
  if (count > MAX_ENTRIES) throw new Error('too many zip entries');
  let at = zip.readUInt32LE(end + 16);
  const parts = new Map<string, Buffer>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new Error('damaged zip directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (parts.has(name)) throw new Error(`zip part ${name} appears twice`);
    if (!wanted(name)) {
      parts.set(name, Buffer.alloc(0));
      continue;
    }
    if (flags & 1) throw new Error('encrypted zip part');
    const data = entryData(zip, localOffset, compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`zip part ${name} uses compression method ${method}`);
    const room = Math.min(limits.entryBytes, limits.totalBytes - total);
    const content = method === 0 ? data : inflateAtMost(data, room);
    if (content === null || content.length > room) {
      throw room === limits.entryBytes ? new UnpackLimitError('entry', name, limits.entryBytes) : new UnpackLimitError('total', name, limits.totalBytes);
    }
    total += content.length;
    parts.set(name, content);
  }
  return parts;
}

function entryData(zip: Buffer, offset: number, size: number): Buffer {
  if (offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL) throw new Error('damaged zip part');
  const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
  if (start + size > zip.length) throw new Error('zip part runs past the end of the file');
  return zip.subarray(start, start + size);
}

/** The inflated data, or null as soon as it passes `limit` (zlib stops there). */
function inflateAtMost(data: Buffer, limit: number): Buffer | null {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
}
