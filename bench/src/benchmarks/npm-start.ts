import { resolve } from 'node:path';
import { ServerLaunch } from './server';

interface BuildCheck {
  reasonToBuild(root: string): string | undefined;
}

/**
 * Why `npm start` would build before serving, or undefined on a built tree. The benchmark times
 * `npm start` only on a built tree: a build inside the figure would time tsc, not the start.
 */
export function reasonNotBuilt(root: string): string | undefined {
  // The same check `npm start`'s prestart runs (a plain CommonJS script, loaded at run time).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const check = require(resolve(root, 'scripts/build-if-changed.js')) as BuildCheck;
  return check.reasonToBuild(root);
}

/**
 * `npm start` as an operator types it: npm, its prestart (scripts/build-if-changed.js, which
 * finds the tree current) and then the server. Run by the npm that runs the bench when there is
 * one, else the `npm` on PATH. Its own process group, so stopping it stops npm's children too.
 */
export function npmStartLaunch(): ServerLaunch {
  const npmCli = process.env.npm_execpath;
  const [command, args] =
    npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, [npmCli, 'start']] : ['npm', ['start']];
  return { command, args, processGroup: true };
}
