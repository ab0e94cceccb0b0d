import { createHash } from 'node:crypto';

/**
 * The weak ETag Express gives a body by default (its `etag` package with `weak: true`): the
 * body's length in bytes (hex) and the first 27 characters of its SHA-1 in base64. The same
 * text is tagged the same whether Express or a kept answer tags it.
 */
export function weakEtagOf(text: string): string {
  if (text.length === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  const hash = createHash('sha1').update(text, 'utf8').digest('base64').substring(0, 27);
  return `W/"${Buffer.byteLength(text, 'utf8').toString(16)}-${hash}"`;
}
