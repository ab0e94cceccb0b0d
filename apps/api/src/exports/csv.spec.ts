import { field, toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header row and CRLF lines after a byte order mark', () => {
    expect(toCsv(['a', 'b'], [['x', 1], [null, 2.5]])).toBe('\uFEFFa,b\r\nx,1\r\n,2.5\r\n');
  });

  it('writes booleans as Yes and No, never true or false', () => {
    expect(toCsv(['Statutory'], [[true], [false]])).toBe('\uFEFFStatutory\r\nYes\r\nNo\r\n');
  });

  it('quotes fields holding quotes, commas or line breaks, doubling quotes', () => {
    expect(field('Oak, Primary')).toBe('"Oak, Primary"');
    expect(field('The "big" one')).toBe('"The ""big"" one"');
    expect(field('two\nlines')).toBe('"two\nlines"');
    expect(field('Élan Académie')).toBe('Élan Académie');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(field('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(field('+44 1234')).toBe("'+44 1234");
    expect(field('-1+1')).toBe("'-1+1");
    expect(field('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(field('\tcmd')).toBe("'\tcmd");
    expect(field(-3)).toBe('-3');
    expect(field('in-date')).toBe('in-date');
  });
});
