import { unzipBounded } from '../../import/bounded-unzip';

/** Far above anything a test renders: the limits exist for uploads, not for our own output. */
const TEST_LIMITS = { entryBytes: 256 * 1024 * 1024, totalBytes: 256 * 1024 * 1024 };

/**
 * The files of a zip archive (a .docx is one), so tests can look at the XML a renderer wrote;
 * read with the importer's own zip reader, every part unpacked.
 */
export function readZip(archive: Buffer): Map<string, Buffer> {
  return unzipBounded(archive, TEST_LIMITS, () => true);
}
