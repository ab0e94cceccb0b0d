import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';

export interface Offer<Format extends string> {
  format: Format;
  /** The media type served, e.g. `text/markdown`. */
  type: string;
}

interface Range {
  type: string;
  subtype: string;
  q: number;
  index: number;
}

/**
 * Content negotiation on `Accept` (RFC 9110 §12.5.1): the offer the client rates highest,
 * matched by its most specific range (`text/markdown` over `text/*` over `*\/*`); on a tie,
 * the range the client listed first, then the first offer. No header accepts anything (the
 * first offer). Null when nothing offered is acceptable.
 */
export function negotiate<Format extends string>(accept: string | undefined, offers: readonly Offer<Format>[]): Format | null {
  if (accept === undefined || accept.trim() === '') return offers[0]?.format ?? null;
  const ranges = parseAccept(accept);
  let best: { format: Format; q: number; index: number } | null = null;
  for (const offer of offers) {
    const [type, subtype] = offer.type.toLowerCase().split('/');
    const match = ranges
      .filter((r) => (r.type === '*' || r.type === type) && (r.subtype === '*' || r.subtype === subtype))
      .sort((a, b) => specificity(b) - specificity(a))[0];
    if (!match || match.q <= 0) continue;
    if (best === null || match.q > best.q || (match.q === best.q && match.index < best.index)) {
      best = { format: offer.format, q: match.q, index: match.index };
    }
  }
  return best?.format ?? null;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').flatMap((part, index) => {
    const [mediaRange, ...params] = part.split(';').map((p) => p.trim());
    const match = /^([!#$%&'*+.^_`|~0-9a-z-]+)\/([!#$%&'*+.^_`|~0-9a-z-]+)$/i.exec(mediaRange);
    if (!match) return [];
    const qParam = params.find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i.test(qParam) ? Number(qParam.slice(2)) : 0;
    return [{ type: match[1].toLowerCase(), subtype: match[2].toLowerCase(), q, index }];
  });
}

function specificity(range: Range): number {
  return (range.type === '*' ? 0 : 2) + (range.subtype === '*' ? 0 : 1);
}

/** 406 as a problem document naming what is available. */
export function notAcceptable(offers: readonly Offer<string>[]): ProblemException {
  const types = offers.map((o) => o.type);
  return new ProblemException(
    problem(406, `This resource is available as ${types.join(', ')}; the Accept header asks for none of them.`, {
      type: problemType('not-acceptable'),
      available: types,
    }),
  );
}
