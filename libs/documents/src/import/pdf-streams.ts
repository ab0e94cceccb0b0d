import { constants, createInflate } from 'node:zlib';

/**
 * Whether all the zlib-compressed streams of a PDF unpack to at most `limit` bytes together.
 * Each stream is inflated here with its output counted and dropped, and stopped as soon as the
 * total passes the limit, whatever its /Length says; a stream that unpacks to another zlib
 * stream (a filter chain) is unpacked again. pdf.js, which holds what it decodes in memory out
 * of reach of the worker's heap limit, then only reads a PDF that passed.
 */
export async function pdfStreamsWithin(pdf: Buffer, limit: number): Promise<boolean> {
  let left = limit;
  for (const start of streamStarts(pdf)) {
    left -= await inflatedSize(pdf.subarray(start), left + 1, 0);
    if (left < 0) return false;
  }
  return true;
}

function* streamStarts(pdf: Buffer): Generator<number> {
  for (let at = pdf.indexOf('stream'); at >= 0; at = pdf.indexOf('stream', at + 6)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (looksLikeZlib(pdf, start)) yield start;
  }
}

/** A zlib header: deflate method and a check value divisible by 31. */
function looksLikeZlib(bytes: Buffer, at: number): boolean {
  return at + 1 < bytes.length && (bytes[at] & 0x0f) === 8 && ((bytes[at] << 8) | bytes[at + 1]) % 31 === 0;
}

const MAX_CHAIN = 3;

/** The bytes `data` inflates to, counting no further than `cap`; 0 for data zlib refuses. */
function inflatedSize(data: Buffer, cap: number, depth: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let size = 0;
    let nested: Buffer[] | null = null;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (!nested || size > cap) return resolve(size);
      // A chain: what came out is zlib again, so its own unpacked size counts as well.
      void inflatedSize(Buffer.concat(nested), cap - size, depth + 1).then((inner) => resolve(size + inner));
    };
    inflate.on('data', (chunk: Buffer) => {
      if (finished) return;
      if (size === 0 && depth < MAX_CHAIN && looksLikeZlib(chunk, 0)) nested = [];
      size += chunk.length;
      nested?.push(chunk);
      if (size > cap) {
        inflate.destroy();
        finish();
      }
    });
    inflate.on('end', finish);
    inflate.on('error', finish);
    inflate.end(data);
  });
}
