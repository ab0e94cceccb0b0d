import type { NextFunction, Request, Response } from 'express';
import { carriesBody } from './content-type.middleware';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from './problem';
import { UNSUPPORTED_ENCODING } from './problem-details.filter';

/** What the JSON body parser inflates; anything else, and any compressed upload, is refused. */
const JSON_ENCODINGS = ['identity', 'gzip', 'deflate', 'br'];

/**
 * A body in a Content-Encoding we do not read is refused with 415 before any parser sees it:
 * otherwise which encodings work would depend on the Node version (zstd), and an upload's
 * parser (multer) would read compressed bytes as if they were the form. A gzip, deflate or br
 * body that does not inflate is the body parser's 400 (problem-details.filter.ts).
 */
export function requireKnownContentEncoding(request: Request, response: Response, next: NextFunction): void {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase() || 'identity';
  if (encoding === 'identity' || !carriesBody(request)) return next();
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' && JSON_ENCODINGS.includes(encoding)) return next();
  const body = problem(415, UNSUPPORTED_ENCODING, { type: problemType('unsupported-content-encoding') });
  response.status(415).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
