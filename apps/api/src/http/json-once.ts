import type { Response } from 'express';
import { weakEtagOf } from './weak-etag';

interface KeptText {
  text: string;
  etag: string;
}

const kept = new WeakMap<object, KeptText>();

/**
 * The JSON text to send for an answer, serialised once when the answer is a remembered one
 * (the read-model memo freezes what it keeps): the dashboard read again and again is then a
 * lookup instead of a JSON.stringify of every school's figures. Its ETag is worked out once
 * too (the one Express would give the same text, which otherwise hashes the whole body on
 * every response), so `If-None-Match` still answers 304 while nothing changed. Other values
 * are serialised each time, as Express would, and Express tags them.
 */
export function jsonOnce(response: Response, value: object): string {
  response.type('application/json');
  const known = kept.get(value);
  if (known) {
    response.setHeader('ETag', known.etag);
    return known.text;
  }
  const text = JSON.stringify(value);
  if (!Object.isFrozen(value)) return text;
  const etag = weakEtagOf(text);
  kept.set(value, { text, etag });
  response.setHeader('ETag', etag);
  return text;
}
