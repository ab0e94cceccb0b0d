import { readCsv } from './csv';

const cellsOf = (text: string) => {
  const reading = readCsv(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.records.map((record) => [record.line, ...record.cells]);
};

describe('reading CSV (RFC 4180)', () => {
  it.each([
    ['plain cells, LF', 'a,b\nc,d\n', [[1, 'a', 'b'], [2, 'c', 'd']]],
    ['CRLF and no final line end', 'a,b\r\nc,d', [[1, 'a', 'b'], [2, 'c', 'd']]],
    ['a leading byte order mark', '\uFEFFName,Email\n', [[1, 'Name', 'Email']]],
    ['a quoted comma', '"Price, Owen",x\n', [[1, 'Price, Owen', 'x']]],
    ['doubled quotes inside quotes', '"say ""hi""",x\n', [[1, 'say "hi"', 'x']]],
    ['a line break inside quotes keeps the next record on its real line', '"two\nlines",x\nnext,y\n', [[1, 'two\nlines', 'x'], [3, 'next', 'y']]],
    ['empty cells', ',,\n', [[1, '', '', '']]],
    ['a bare CR as a line end (old Mac exports)', 'a\rb\r', [[1, 'a'], [2, 'b']]],
  ])('%s', (_case, text, expected) => {
    expect(cellsOf(text)).toEqual(expected);
  });

  it('given a quote that is never closed, then the line it opened on is named', () => {
    expect(readCsv('a,b\n"open,c\nd\n')).toEqual({ ok: false, line: 2, message: 'a quoted cell is never closed (a " is missing)' });
  });

  it('given text after a closing quote, then it is refused rather than guessed', () => {
    expect(readCsv('"a"b,c\n')).toMatchObject({ ok: false, line: 1 });
  });
});
