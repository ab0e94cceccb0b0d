import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { SECRET_FIELD_NAME } from './answer-holds-secret';

const ROOT = join(__dirname, '../../../..');
const ROUTE_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(path);
    return entry.name.endsWith('.controller.ts') ? [path] : [];
  });
}

function decoratorNames(node: ts.Node): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((decorator) => {
    const call = decorator.expression;
    return ts.isCallExpression(call) ? call.expression.getText() : call.getText();
  });
}

/** Paths of text fields with secret-looking names in a type (through promises, arrays and unions). */
function secretFields(
  checker: ts.TypeChecker,
  type: ts.Type,
  path = '',
  seen = new Set<ts.Type>(),
): string[] {
  if (seen.has(type) || seen.size > 200) return [];
  seen.add(type);
  const awaited = checker.getAwaitedType(type) ?? type;
  if (awaited !== type) return secretFields(checker, awaited, path, seen);
  if (type.isUnion() || type.isIntersection())
    return type.types.flatMap((part) => secretFields(checker, part, path, seen));
  if (checker.isArrayType(type)) {
    return checker
      .getTypeArguments(type as ts.TypeReference)
      .flatMap((item) => secretFields(checker, item, `${path}[]`, seen));
  }
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  return type.getProperties().flatMap((property) => {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (!declaration) return [];
    const fieldType = checker.getTypeOfSymbolAtLocation(property, declaration);
    const fieldPath = path ? `${path}.${property.name}` : property.name;
    const isText = [fieldType, ...(fieldType.isUnion() ? fieldType.types : [])].some(
      (t) => t.flags & ts.TypeFlags.StringLike,
    );
    if (isText && SECRET_FIELD_NAME.test(property.name)) return [fieldPath];
    return secretFields(checker, fieldType, fieldPath, seen);
  });
}

interface RouteAnswer {
  route: string;
  secretFields: string[];
  marked: boolean;
}

/** Every controller route with the secret-looking fields of its declared answer type. */
function routeAnswers(): RouteAnswer[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    { incremental: false },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const files = controllerFiles(join(ROOT, 'apps/api/src'));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  return files.flatMap((file) => {
    const source = program.getSourceFile(file) as ts.SourceFile;
    return source.statements.filter(ts.isClassDeclaration).flatMap((controller) =>
      controller.members.filter(ts.isMethodDeclaration).flatMap((method): RouteAnswer[] => {
        const decorators = decoratorNames(method);
        const verb = decorators.find((name) => ROUTE_DECORATORS.has(name));
        if (!verb) return [];
        const signature = checker.getSignatureFromDeclaration(method);
        const answer = signature ? checker.getReturnTypeOfSignature(signature) : undefined;
        return [
          {
            route: `${relative(ROOT, file)} ${controller.name?.text}.${method.name.getText()} (${verb})`,
            secretFields: answer ? secretFields(checker, answer) : [],
            marked: decorators.includes('AnswerHoldsSecret'),
          },
        ];
      }),
    );
  });
}

describe('@AnswerHoldsSecret', () => {
  const answers = routeAnswers();

  it('marks every route whose answer type has a secret-looking field (secret, token, password, ...)', () => {
    const unmarked = answers.filter((answer) => answer.secretFields.length > 0 && !answer.marked);
    expect(unmarked.map((answer) => `${answer.route}: ${answer.secretFields.join(', ')}`)).toEqual(
      [],
    );
  });

  it('finds the answers known to hold secrets, so the check above is not vacuous', () => {
    const secret = answers
      .filter((answer) => answer.secretFields.length > 0)
      .map((answer) => answer.route);
    for (const route of [
      'MeController.enrol',
      'MeController.confirm',
      'CalendarController.create',
      'AuthController.login',
    ]) {
      expect(secret.some((found) => found.includes(route))).toBe(true);
    }
    expect(answers.length).toBeGreaterThan(40);
  });
});
