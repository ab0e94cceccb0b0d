import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest folder above `from` holding package.json: the project root, whether this file
 * runs from apps/api/src (tests, compiled on load) or from dist/apps/api/src (npm start).
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

/**
 * Serves the web app as static files: pages and styles from web/public at `/`, and the browser
 * scripts that `tsc -p web/tsconfig.json` compiles into dist/web at `/js/`. This is Express
 * middleware, not a Nest route, so it needs no access rule: the files are public and every
 * piece of data they show comes from the guarded API. Nothing under /api is touched.
 */
export function serveWebApp(app: NestExpressApplication, root: string = projectRoot()): void {
  const options = { index: false, redirect: false } as const;
  const pages = express.static(join(root, 'web', 'public'), { ...options, index: 'index.html' });
  app.use('/js', express.static(join(root, 'dist', 'web'), options));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/api' || request.path.startsWith('/api/')) return next();
    return pages(request, response, next);
  });
}
