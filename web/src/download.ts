import { apiFile, RequestOptions } from './api/client.js';

/**
 * Downloads an API answer as a file. The API wants the bearer token in a header, which a plain
 * link cannot send, so the file is fetched and handed to the browser as an object URL.
 */
export async function download(apiPath: string, fallbackName: string, options: RequestOptions = {}): Promise<string> {
  const { blob, filename } = await apiFile(apiPath, options);
  const name = filename ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

export const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown',
  json: 'application/json',
  csv: 'text/csv',
} as const;
