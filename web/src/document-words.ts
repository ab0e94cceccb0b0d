import type { PolicyDocumentInfo } from '@governance/contracts';

/** "45 KB", "1.2 MB": a file's size as staff read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

const KINDS: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'text/plain': 'text',
};

/** "Word, 45 KB": what the download is, before it is downloaded. */
export function describeDocument(document: PolicyDocumentInfo): string {
  return `${KINDS[document.mediaType] ?? 'file'}, ${formatBytes(document.bytes)}`;
}
