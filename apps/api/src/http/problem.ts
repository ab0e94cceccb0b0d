/** An RFC 9457 problem document, the body of every error answer. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Validation problems: one entry per bad field. */
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: extra.type ?? 'about:blank',
    title: extra.title ?? TITLES[status] ?? 'Error',
    status,
    detail,
    ...extra,
  };
}

/** A problem type URI for our own problem codes (a relative reference, as RFC 9457 allows). */
export function problemType(code: string): string {
  return `/problems/${code}`;
}
