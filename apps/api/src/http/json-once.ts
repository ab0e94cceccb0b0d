import type { Response } from 'express';

interface KeptText {
  text: string;
  etag: string | undefined;
}

/** Express's own tagger for a body (the app's `etag` setting, weak by default); absent when ETags are off. */
type EtagOf = (body: string, encoding: BufferEncoding) => string;

const kept = new WeakMap<object, KeptText>();

/**
 * The JSON text to send for an answer, serialised once when the answer is a remembered one
 * (the read-model memo freezes what it keeps): the dashboard read again and again is then a
 * lookup instead of a JSON.stringify of every school's figures. Its ETag is worked out once
 * too, by Express's own tagger (which otherwise hashes the whole body on every response), so
 * `If-None-Match` still answers 304 while nothing changed. Other values are serialised each
 * time, as Express would, and Express tags them.
 */
export function jsonOnce(response: Response, value: object): string {
  response.type('application/json');
  let known = kept.get(value);
  if (!known) {
    const text = JSON.stringify(value);
    if (!Object.isFrozen(value)) return text;
    const etagOf = response.app.get('etag fn') as EtagOf | undefined;
    known = { text, etag: etagOf?.(text, 'utf8') };
    kept.set(value, known);
  }
  if (known.etag !== undefined) response.setHeader('ETag', known.etag);
  return known.text;
}
