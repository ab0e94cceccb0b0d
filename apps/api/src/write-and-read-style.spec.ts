import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * One style for writes and one for reads (README, Layout): every route that changes stored state
 * sends a command through the CommandBus, and every read is an injectable query class injected
 * into its controller, with no QueryBus.
 *
 * A static check over the source, not Nest metadata: the metadata says which routes exist and
 * their HTTP methods, but not what a handler does, and proving it at run time would mean calling
 * every route with valid input against a spied bus. The source says it directly and the check
 * stays cheap and deterministic. A write route passes when its body, or a private method of the
 * controller it calls (governance's `change`), calls `execute(new ...)` on a constructor
 * parameter typed CommandBus.
 */

const SOURCE_ROOT = __dirname;
const WRITE_METHODS = new Set(['Post', 'Put', 'Patch', 'Delete']);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function decoratorName(decorator: ts.Decorator): string | undefined {
  const call = decorator.expression;
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) ? call.expression.text : undefined;
}

interface WriteRoute {
  route: string;
  delegates: boolean;
}

/** The write routes of one controller, and whether each reaches `<commandBus>.execute(new ...)`. */
function writeRoutes(path: string): WriteRoute[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const routes: WriteRoute[] = [];
  file.forEachChild((node) => {
    if (!ts.isClassDeclaration(node)) return;
    const methods = new Map(
      node.members.filter(ts.isMethodDeclaration).map((method) => [method.name.getText(file), method]),
    );
    const buses = new Set(
      node.members
        .filter(ts.isConstructorDeclaration)
        .flatMap((constructor) => constructor.parameters)
        .filter((parameter) => parameter.type?.getText(file) === 'CommandBus')
        .map((parameter) => parameter.name.getText(file)),
    );
    /** Whether the method, or a method of this class it calls on `this`, sends a command. */
    const sendsCommand = (method: ts.MethodDeclaration, seen: Set<string>): boolean => {
      let found = false;
      const visit = (child: ts.Node): void => {
        if (found) return;
        if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression)) {
          const target = child.expression.expression;
          const name = child.expression.name.text;
          const onThisProperty =
            ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword;
          if (onThisProperty && buses.has(target.name.text) && name === 'execute' && child.arguments.some(ts.isNewExpression)) {
            found = true;
            return;
          }
          const helper = methods.get(name);
          if (target.kind === ts.SyntaxKind.ThisKeyword && helper && !seen.has(name)) {
            seen.add(name);
            found = sendsCommand(helper, seen);
            if (found) return;
          }
        }
        child.forEachChild(visit);
      };
      method.body?.forEachChild(visit);
      return found;
    };
    for (const [name, method] of methods) {
      const verb = (ts.getDecorators(method) ?? []).map(decoratorName).find((n) => n !== undefined && WRITE_METHODS.has(n));
      if (!verb) continue;
      routes.push({
        route: `${relative(SOURCE_ROOT, path)} ${verb.toUpperCase()} ${name}`,
        delegates: sendsCommand(method, new Set([name])),
      });
    }
  });
  return routes;
}

describe('one style for writes and one for reads', () => {
  const files = sourceFiles(SOURCE_ROOT);
  const controllers = files.filter((path) => path.endsWith('.controller.ts'));
  const routes = controllers.flatMap(writeRoutes);

  it('finds every write route of every controller (the check looks at real code)', () => {
    const writeDecorators = controllers.flatMap((path) => readFileSync(path, 'utf8').match(/@(Post|Put|Patch|Delete)\(/g) ?? []);
    expect(controllers.length).toBeGreaterThanOrEqual(20);
    expect(routes).toHaveLength(writeDecorators.length);
    expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['auth/auth.controller.ts POST login', 'trusts/trusts.controller.ts POST create']));
  });

  it('sends every write route through the CommandBus', () => {
    const bypassing = routes.filter((r) => !r.delegates).map((r) => r.route);
    expect(bypassing).toEqual([]);
  });

  it('has no QueryBus and no query handlers: reads are query classes injected into controllers', () => {
    const busReads = files
      .filter((path) => /\b(QueryBus|QueryHandler|IQueryHandler)\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SOURCE_ROOT, path));
    expect(busReads).toEqual([]);
  });
});
