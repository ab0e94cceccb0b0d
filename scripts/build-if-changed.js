#!/usr/bin/env node
/**
 * Runs `npm run build` only when the sources changed since the last successful build, so
 * `npm start`, `npm run cli` and `npm run bench` start in about a second on a built tree.
 *
 * "Changed" is a fingerprint of every build input (path, size and modification time of each file
 * under apps, libs, bench/src and web/src, plus the package and tsconfig files): an edited, added,
 * deleted or renamed file, or a checkout of an older version, all change it. The fingerprint of a
 * successful build is kept in dist/.build-stamp. The stamp is removed before building and written
 * only after the build succeeds, so a failed build is retried next time; the fingerprint written
 * is the one taken before the build, so a file saved during the build is rebuilt next time.
 * Deleting dist (or `git clean`) forces a full build. `npm run build` itself always builds.
 */
'use strict';

const { createHash } = require('node:crypto');
const {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { join, relative, sep } = require('node:path');
const { spawnSync } = require('node:child_process');

const SOURCE_DIRS = ['apps', 'libs', join('bench', 'src'), join('web', 'src')];
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  join('web', 'tsconfig.json'),
];
/** What start, cli and bench run; if any is missing the tree is not built, whatever the stamp says. */
const OUTPUTS = [
  join('dist', 'apps', 'api', 'src', 'main.js'),
  join('dist', 'apps', 'api', 'src', 'cli.js'),
  join('dist', 'bench', 'src', 'run.js'),
  join('dist', 'web'),
];
const STAMP = join('dist', '.build-stamp');
/** Specs are not compiled by tsconfig.build.json, so editing one needs no build. */
const NOT_BUILT = /\.(e2e-)?spec\.ts$/;

function listInputs(root) {
  const files = SOURCE_FILES.map((file) => join(root, file)).filter((file) => existsSync(file));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (!NOT_BUILT.test(entry.name)) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  return files;
}

/** A hash of every build input's path, size and modification time. */
function fingerprint(root) {
  const lines = listInputs(root).map((file) => {
    const stat = statSync(file);
    return `${relative(root, file).split(sep).join('/')}\0${stat.size}\0${stat.mtimeMs}`;
  });
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

function readStamp(root) {
  try {
    return readFileSync(join(root, STAMP), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Why a build is needed, or undefined when the built tree is current. */
function reasonToBuild(root, current = fingerprint(root)) {
  const missing = OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing) return `${missing} is missing`;
  const stamp = readStamp(root);
  if (stamp === undefined) return 'no record of a successful build';
  if (stamp !== current) return 'the sources changed since the last build';
  return undefined;
}

function writeStamp(root, value) {
  const temporary = join(root, `${STAMP}.tmp`);
  writeFileSync(temporary, `${value}\n`);
  renameSync(temporary, join(root, STAMP));
}

/** Builds when needed; returns the exit status (0: built or already current). */
function buildIfChanged(root, runBuild, log = (line) => process.stderr.write(`${line}\n`)) {
  const current = fingerprint(root);
  const reason = reasonToBuild(root, current);
  if (reason === undefined) return 0;
  rmSync(join(root, STAMP), { force: true });
  if (OUTPUTS.some((output) => !existsSync(join(root, output)))) {
    // tsc's incremental record would otherwise skip emitting files it believes are still there.
    for (const info of ['.tsbuildinfo', '.tsbuildinfo-build', '.tsbuildinfo-web']) {
      rmSync(join(root, 'dist', info), { force: true });
    }
  }
  log(`Building (${reason})...`);
  const status = runBuild();
  if (status !== 0) return status;
  writeStamp(root, current);
  return 0;
}

function runNpmBuild(root) {
  // Under npm, npm_execpath is npm's own script: run it with this node, no shell needed.
  const npm = process.env.npm_execpath;
  const [command, args] = npm
    ? [process.execPath, [npm, 'run', 'build']]
    : ['npm', ['run', 'build']];
  // The build's output goes to stderr so that `npm run cli -- ... > file` holds only the CLI's.
  const stdio = ['ignore', 2, 'inherit'];
  const result = spawnSync(command, args, {
    cwd: root,
    stdio,
    shell: !npm && process.platform === 'win32',
  });
  if (result.error) process.stderr.write(`${result.error.message}\n`);
  return result.status ?? 1;
}

if (require.main === module) {
  const root = join(__dirname, '..');
  process.exitCode = buildIfChanged(root, () => runNpmBuild(root));
}

module.exports = { fingerprint, reasonToBuild, buildIfChanged, STAMP };
