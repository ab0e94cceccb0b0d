import { session } from '../session.js';

/** One bad field of a validation problem, as the API names it (`impacts.race.negativeImpact`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the API: its application/problem+json document. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldProblem[],
    /** The problem document's other members (a `wrong-approver` refusal names the body `expected`). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail || title);
  }

  /** The problem code, the last segment of `/problems/<code>` (`mfa-required`, `validation`). */
  get code(): string {
    return this.type.replace(/^.*\/problems\//, '');
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (file uploads). */
  form?: FormData;
  accept?: string;
  /** Read-your-writes: the API waits until its read models reach this log position. */
  minPosition?: string;
  /** Sign-in itself: a 401 is an answer to show, not an expired session. */
  anonymous?: boolean;
  /** Sent as `Idempotency-Key`: the server does a keyed write once, however often it is sent. */
  idempotencyKey?: string;
}

/** Called when the API says the session is no longer valid (expired or revoked token). */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  const token = session.token();
  if (token && !options.anonymous) headers.Authorization = `Bearer ${token}`;
  if (options.minPosition) headers['X-Min-Position'] = options.minPosition;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form; // the browser sets the multipart boundary itself
  }
  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? 'GET', headers, body });
  } catch {
    throw new ApiProblem(0, 'network', 'No connection', 'The server could not be reached. Check your connection and try again.', []);
  }
  if (response.ok) return response;
  const problem = await readProblem(response);
  if (response.status === 401 && !options.anonymous) {
    session.clear();
    onSignedOut();
  }
  throw problem;
}

/** The form field a domain refusal is about, by its problem code, so the form shows it there. */
const CODE_FIELDS: Record<string, string> = {
  'unknown-version': 'version',
  'older-version': 'version',
  'version-already-adopted': 'version',
  'review-before-adoption': 'reviewedOn',
  'next-review-not-after-review': 'nextReviewDue',
  'approved-before-completed': 'approvedOn',
  'term-too-far-ahead': 'term',
  'not-link-governor': 'governorId',
};

async function readProblem(response: Response): Promise<ApiProblem> {
  let body: Partial<{ type: string; title: string; detail: string; errors: FieldProblem[]; field: unknown }> = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    /* not a problem document: keep the status line */
  }
  const detail = body.detail ?? `The server answered ${response.status}.`;
  // A domain refusal (422) names the field it is about (`date-in-future`) or says it by its code.
  const type = body.type ?? 'about:blank';
  const field = typeof body.field === 'string' ? body.field : CODE_FIELDS[type.replace(/^.*\/problems\//, '')];
  const errors = Array.isArray(body.errors) ? body.errors : field ? [{ field, message: detail }] : [];
  return new ApiProblem(response.status, type, body.title ?? response.statusText, detail, errors, body);
}

/** A JSON request; answers the parsed body. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** A request whose answer is a file or text (Markdown, CSV, .docx). */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await send(path, options)).blob();
}

/**
 * A file answer with the name the server gives it (Content-Disposition), if any, and the log
 * position of what producing it recorded (`X-Position`, e.g. a pack's generation), if any.
 */
export async function apiFile(path: string, options: RequestOptions = {}): Promise<{ blob: Blob; filename: string | null; position: string | null }> {
  const response = await send(path, options);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return { blob: await response.blob(), filename: fileNameOf(disposition), position: response.headers.get('X-Position') };
}

/** The file name of a Content-Disposition: the exact UTF-8 `filename*` (RFC 5987) when given, else `filename`. */
function fileNameOf(disposition: string): string | null {
  const extended = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      /* badly encoded: fall back to the plain name */
    }
  }
  const match = /filename="([^"]+)"/.exec(disposition);
  return match ? match[1] : null;
}

/** Encodes a path segment (ids are the server's, but never trust a string into a URL). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

/** A query string from the given values, leaving out empty ones. */
export function query(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
