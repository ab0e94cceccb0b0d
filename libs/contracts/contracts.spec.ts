import * as path from 'node:path';
import * as ts from 'typescript';

/*
 * The server and the web app compile against the same contracts. These specs rename a field
 * in a contract (in memory only) and compile one server file and one web file that use it:
 * both must fail. The same files compile cleanly against the real contracts.
 */
const ROOT = path.join(__dirname, '..', '..');
const CONTRACTS = path.join(__dirname, 'src');

function optionsOf(tsconfig: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, tsconfig), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`Cannot read ${tsconfig}`);
  return { ...parsed.options, noEmit: true, incremental: false };
}

/** The errors in `file` when compiled with `tsconfig`, the contract file edited by `edit`. */
function errorsIn(tsconfig: string, file: string, contract?: { file: string; edit: (text: string) => string }): string[] {
  const options = optionsOf(tsconfig);
  const host = ts.createCompilerHost(options);
  const edited = contract && path.join(CONTRACTS, contract.file);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => {
    const text = readFile(name);
    return text !== undefined && contract && path.resolve(name) === edited ? contract.edit(text) : text;
  };
  host.getSourceFile = (name, language) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, language);
  };
  const target = path.join(ROOT, file);
  const program = ts.createProgram([target], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(target))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const SERVER = 'tsconfig.json';
const WEB = 'web/tsconfig.json';

const renameVisitedOn = {
  file: 'school-records.d.ts',
  edit: (text: string) => text.replace('  visitedOn: string;', '  visitDate: string;'),
};
const renameNextReviewDue = {
  file: 'register.d.ts',
  edit: (text: string) => text.replace('  nextReviewDue: string | null;', '  nextReviewOn: string | null;'),
};

describe('shared contracts', () => {
  it('hold types only and type-check on their own (the projects skip checking .d.ts files)', () => {
    const program = ts.createProgram([path.join(CONTRACTS, 'index.d.ts')], { strict: true, noEmit: true, skipLibCheck: false, types: [] });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  describe('a request field renamed in the contract', () => {
    it('fails the server DTO that implements it', () => {
      expect(errorsIn(SERVER, 'apps/api/src/governance/dto/visit.dto.ts')).toEqual([]);
      expect(errorsIn(SERVER, 'apps/api/src/governance/dto/visit.dto.ts', renameVisitedOn).join('\n')).toMatch(/visitDate/);
    });

    it('fails the web form that sends it', () => {
      expect(errorsIn(WEB, 'web/src/forms/governance-forms.ts')).toEqual([]);
      expect(errorsIn(WEB, 'web/src/forms/governance-forms.ts', renameVisitedOn).join('\n')).toMatch(/visitedOn|visitDate/);
    });
  });

  describe('an answer field renamed in the contract', () => {
    it('fails the server query that builds it', () => {
      expect(errorsIn(SERVER, 'libs/projections/src/queries/policy-register.query.ts')).toEqual([]);
      expect(errorsIn(SERVER, 'libs/projections/src/queries/policy-register.query.ts', renameNextReviewDue).join('\n')).toMatch(/nextReviewDue|nextReviewOn/);
    });

    it('fails the web page that reads it', () => {
      expect(errorsIn(WEB, 'web/src/pages/register.ts')).toEqual([]);
      expect(errorsIn(WEB, 'web/src/pages/register.ts', renameNextReviewDue).join('\n')).toMatch(/nextReviewDue/);
    });
  });
});
