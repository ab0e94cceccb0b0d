'use strict';
/** The decision `npm start` makes before starting: build only when a build input changed. */
const { describe, it, expect, beforeEach, afterEach } = require('@jest/globals');
const {
  mkdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
  existsSync,
  readFileSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { join, dirname } = require('node:path');
const { buildIfChanged, reasonToBuild, STAMP } = require('./build-if-changed');

const OUTPUTS = [
  'dist/apps/api/src/main.js',
  'dist/apps/api/src/cli.js',
  'dist/bench/src/run.js',
  'dist/web/app.js',
];

describe('build-if-changed', () => {
  const quiet = () => {};
  let root;
  let builds;
  const write = (path, text = 'x') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const succeed = () => {
    builds += 1;
    OUTPUTS.forEach((output) => write(output));
    return 0;
  };
  const fail = () => {
    builds += 1;
    return 2;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-if-changed-'));
    builds = 0;
    write('package.json', '{}');
    write('apps/api/src/main.ts');
    write('libs/domain/src/index.ts');
    write('web/src/app.ts');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds a fresh clone, then not again while nothing changes', () => {
    expect(buildIfChanged(root, succeed, quiet)).toBe(0);
    expect(buildIfChanged(root, succeed, quiet)).toBe(0);
    expect(builds).toBe(1);
    expect(reasonToBuild(root)).toBeUndefined();
  });

  it.each([
    ['an edited source', () => write('libs/domain/src/index.ts', 'changed')],
    [
      'a touched source',
      () => utimesSync(join(root, 'apps/api/src/main.ts'), new Date(), new Date(Date.now() + 5000)),
    ],
    [
      'an older version checked out',
      () => utimesSync(join(root, 'web/src/app.ts'), new Date(0), new Date(0)),
    ],
    ['a new source', () => write('apps/api/src/new.ts')],
    ['a deleted source', () => rmSync(join(root, 'libs/domain/src/index.ts'))],
    ['a changed package.json', () => write('package.json', '{"a":1}')],
    ['a deleted output', () => rmSync(join(root, 'dist/apps/api/src/main.js'))],
    ['a deleted dist', () => rmSync(join(root, 'dist'), { recursive: true })],
  ])('rebuilds after %s', (_name, change) => {
    buildIfChanged(root, succeed, quiet);
    change();
    expect(reasonToBuild(root)).toBeDefined();
    buildIfChanged(root, succeed, quiet);
    expect(builds).toBe(2);
  });

  it('does not rebuild for an edited spec, which the build does not compile', () => {
    write('apps/api/src/main.spec.ts');
    buildIfChanged(root, succeed, quiet);
    write('apps/api/src/main.spec.ts', 'changed');
    buildIfChanged(root, succeed, quiet);
    expect(builds).toBe(1);
  });

  it('leaves no stamp after a failed build, so the next start tries again', () => {
    buildIfChanged(root, succeed, quiet);
    write('apps/api/src/main.ts', 'broken');
    expect(buildIfChanged(root, fail, quiet)).toBe(2);
    expect(existsSync(join(root, STAMP))).toBe(false);
    expect(buildIfChanged(root, succeed, quiet)).toBe(0);
    expect(builds).toBe(3);
  });

  it('records the sources as they were when the build began', () => {
    buildIfChanged(
      root,
      () => {
        succeed();
        write('apps/api/src/main.ts', 'saved during the build');
        return 0;
      },
      quiet,
    );
    expect(readFileSync(join(root, STAMP), 'utf8')).not.toBe('');
    expect(reasonToBuild(root)).toBe('the sources changed since the last build');
  });
});
