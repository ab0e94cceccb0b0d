/**
 * Hash routes (`#/schools/abc/policies/def?entry=42`): the server serves one page at `/`, so
 * no path of the app can ever collide with the API under /api, and reloads need no fallback.
 */
export interface Route {
  /** The path inside the hash, without the query: `/schools/abc`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface RouteTable<Handler> {
  pattern: string;
  handler: Handler;
}

export function currentLocation(): { path: string; query: URLSearchParams } {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

/** The first route whose pattern matches the path, with its `:params` decoded. */
export function match<Handler>(
  table: RouteTable<Handler>[],
  location: { path: string; query: URLSearchParams },
): { handler: Handler; route: Route } | undefined {
  const parts = location.path.split('/').filter(Boolean);
  for (const entry of table) {
    const pattern = entry.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((piece, i) => {
      if (piece.startsWith(':')) {
        params[piece.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return piece === parts[i];
    });
    if (fits) return { handler: entry.handler, route: { path: location.path, params, query: location.query } };
  }
  return undefined;
}

export function navigate(route: string): void {
  if (location.hash === `#${route}`) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = route;
}

/** A route path from pieces, each encoded: `path('schools', id, 'policies')`. */
export function path(...pieces: string[]): string {
  return `/${pieces.map((piece) => encodeURIComponent(piece)).join('/')}`;
}
