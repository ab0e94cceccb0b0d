import { deflateSync } from 'node:zlib';
import { pdfStreamsWithin } from './pdf-streams';
import { pdfBomb } from './testing/hostile-documents';
import { pdfFromLines } from './testing/make-pdf';

const MB = 1024 * 1024;
const pdfWith = (stream: Buffer) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Length 999 /Filter /FlateDecode >>\nstream\n'), stream, Buffer.from('\nendstream\nendobj\n')]);

describe('pdfStreamsWithin', () => {
  it('passes an ordinary PDF', async () => {
    expect(await pdfStreamsWithin(await pdfFromLines(['Safeguarding Policy', 'Reviewed: 01/09/2025']), 1 * MB)).toBe(true);
  });

  it('stops at the limit a stream that unpacks past it', async () => {
    expect(await pdfStreamsWithin(await pdfBomb(100 * MB), 10 * MB)).toBe(false);
  });

  it('adds up streams that are each under the limit', async () => {
    const each = deflateSync(Buffer.alloc(4 * MB, ' '));
    expect(await pdfStreamsWithin(Buffer.concat([pdfWith(each), pdfWith(each)]), 6 * MB)).toBe(false);
    expect(await pdfStreamsWithin(pdfWith(each), 6 * MB)).toBe(true);
  });

  it('unpacks a filter chain again (zlib inside zlib)', async () => {
    const inner = deflateSync(Buffer.alloc(20 * MB, ' '));
    expect(inner.length).toBeLessThan(1 * MB);
    expect(await pdfStreamsWithin(pdfWith(deflateSync(inner)), 2 * MB)).toBe(false);
  });
});
