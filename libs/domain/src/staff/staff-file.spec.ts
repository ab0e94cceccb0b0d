import { refusal } from '../testing/refusal';
import { MAX_STAFF_ROWS, readStaffFile } from './staff-file';
import { requireCleanStaffList, requireReadableStaffFile } from './staff-refusals';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading an uploaded staff file', () => {
  it('given a Windows-1252 export, then accented names are read', () => {
    const latin1 = Uint8Array.from([...'Name,Email\nJos'].map((c) => c.charCodeAt(0)).concat([0xe9], [...',jose@school.org.uk\n'].map((c) => c.charCodeAt(0))));
    expect(readStaffFile(latin1)).toMatchObject({ ok: true, clean: [{ name: 'José' }] });
  });

  it('given blank lines, then they are neither rows nor problems', () => {
    expect(readStaffFile(bytes('Name,Email\n\nAnn,ann@school.org.uk\n , \n'))).toMatchObject({ ok: true, rows: 1, problems: [] });
  });

  it.each([
    ['an empty file', bytes(''), 'empty-file'],
    ['a header only of blanks', bytes(' \r\n'), 'empty-file'],
    ['binary data', Uint8Array.from([1, 0, 2]), 'not-a-csv'],
    ['a zipped workbook', bytes('PK\u0003\u0004'), 'not-a-csv'],
    ['an unclosed quote', bytes('Name,Email\n"Ann,a@b.org\n'), 'unreadable-csv'],
    ['no email column', bytes('Name\nAnn\n'), 'missing-columns'],
    ['too many rows', bytes(['Name,Email', ...Array.from({ length: MAX_STAFF_ROWS + 1 }, (_, i) => `P,p${i}@s.org`)].join('\n')), 'too-many-rows'],
  ])('given %s, then the whole file is refused', (_case, file, code) => {
    expect(refusal(() => requireReadableStaffFile(readStaffFile(file))).code).toBe(code);
  });

  it('given problem lines, when applied without applyCleanLines, then refused with the problems; with it, not refused', () => {
    const problems = [{ line: 3, column: 'email' as const, message: 'x' }, { line: 3, column: 'name' as const, message: 'y' }];
    const error = refusal(() => requireCleanStaffList(problems, false));
    expect([error.code, error.message, error.details]).toEqual([
      'staff-list-has-problems',
      'The staff list has a problem on 1 line, so nothing was applied. Correct the file and import it again, or apply only the clean lines (applyCleanLines=true).',
      { problems },
    ]);
    expect(() => requireCleanStaffList(problems, true)).not.toThrow();
    expect(() => requireCleanStaffList([], false)).not.toThrow();
  });
});
