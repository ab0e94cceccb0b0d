import { unzipBounded, UnpackLimitError } from './bounded-unzip';
import { storedZip } from './stored-zip';
import { deflatedRepeat, zipOf } from './testing/hostile-documents';

const MB = 1024 * 1024;
const limits = { entryBytes: 2 * MB, totalBytes: 3 * MB };
const all = () => true;

async function part(name: string, size: number, claimedSize?: number) {
  return { name, ...(await deflatedRepeat(size, { filler: 'x' })), claimedSize };
}

describe('unzipBounded', () => {
  it('unpacks parts within the limits, and storedZip writes them back readable', async () => {
    const zip = zipOf([await part('a.xml', 1 * MB), await part('b.xml', 1 * MB)]);
    const parts = unzipBounded(zip, limits, all);
    expect([...parts.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(parts.get('a.xml')?.length).toBeGreaterThanOrEqual(MB);
    const again = unzipBounded(storedZip(parts), limits, all);
    expect(again.get('b.xml')?.equals(parts.get('b.xml') as Buffer)).toBe(true);
  });

  it('stops one part at the per-part limit', async () => {
    const zip = zipOf([await part('word/document.xml', 50 * MB)]);
    const error = captured(() => unzipBounded(zip, limits, all));
    expect(error).toMatchObject({ scope: 'entry', entryName: 'word/document.xml', limit: 2 * MB });
  });

  it('stops at the total limit when parts under the per-part limit add up past it', async () => {
    const zip = zipOf([await part('a.xml', 1.5 * MB), await part('b.xml', 1.5 * MB), await part('c.xml', 1.5 * MB)]);
    expect(captured(() => unzipBounded(zip, limits, all))).toMatchObject({ scope: 'total', limit: 3 * MB });
  });

  it('believes what the data unpacks to, not the sizes its headers claim', async () => {
    const zip = zipOf([await part('word/document.xml', 50 * MB, 1024)]);
    expect(captured(() => unzipBounded(zip, limits, all))).toMatchObject({ scope: 'entry' });
  });

  it('does not unpack the parts it is not asked for (pictures)', async () => {
    const zip = zipOf([await part('word/media/image1.png', 50 * MB), await part('word/document.xml', 1024)]);
    const parts = unzipBounded(zip, limits, (name) => name.endsWith('.xml'));
    expect(parts.get('word/media/image1.png')?.length).toBe(0);
  });

  it('refuses a damaged zip with a plain error', () => {
    expect(() => unzipBounded(Buffer.from('PK\x03\x04 not really a zip'), limits, all)).toThrow(/zip/);
  });
});

function captured(run: () => unknown): UnpackLimitError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnpackLimitError) return error;
    throw error;
  }
  throw new Error('no UnpackLimitError thrown');
}
