import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/*
 * No module in libs/ may import itself round a circle (a imports b imports ... imports a):
 * circles make load order matter, leave values undefined at start-up and hide which file owns
 * a rule. Type-only imports count too, since they tie the files together just the same.
 * Imports are read with TypeScript's own pre-processor (no type checking), so this stays fast.
 */
const LIBS = __dirname;
const ALIAS = /^@governance\/(domain|event-store|projections|notifications|documents|contracts)(\/.*)?$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The file an import names, or null for packages and for anything outside libs/. */
function resolveImport(from: string, specifier: string): string | null {
  const alias = ALIAS.exec(specifier);
  const target = alias
    ? path.join(LIBS, alias[1], 'src', alias[2] ?? '')
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (target === null) return null;
  const candidates = [target, `${target}.ts`, `${target}.d.ts`, path.join(target, 'index.ts'), path.join(target, 'index.d.ts')];
  return candidates.find((file) => file.endsWith('.ts') && fs.existsSync(file)) ?? null;
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map(({ fileName }) => resolveImport(file, fileName))
        .filter((target): target is string => target !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Each circle once, as the files round it, starting and ending with the same file. */
function findCircles(graph: Map<string, string[]>): string[][] {
  const done = new Set<string>();
  const onPath: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string): void => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      circles.push([...onPath.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    onPath.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return circles;
}

describe('imports in libs/', () => {
  it('form no circle', () => {
    const graph = importGraph(sourceFiles(LIBS));
    const circles = findCircles(graph).map((circle) =>
      circle.map((file) => path.relative(LIBS, file)).join(' -> '),
    );
    expect(graph.size).toBeGreaterThan(100);
    expect(circles).toEqual([]);
  });
});
