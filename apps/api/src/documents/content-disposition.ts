/**
 * `attachment` with the original file name, readable by every browser (RFC 6266): `filename`
 * holds an ASCII stand-in (non-ASCII letters as "_", quotes and backslashes removed) and
 * `filename*` the exact name, UTF-8 and percent-encoded (RFC 5987/8187).
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '') || 'document';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
