import { NUMBER_WORD_PATTERN, numberWord, numberWordValue } from './number-words';

describe('number words', () => {
  it.each([
    ['two', 2],
    ['Eleven', 11],
    ['eighteen', 18],
    ['twenty-four', 24],
    ['Twenty Four', 24],
    ['thirtysix', 36],
  ])('reads "%s" as %i', (written, value) => {
    expect(numberWordValue(written)).toBe(value);
  });

  it.each(['twenty', 'constructor', 't-w-o', '2', ''])('reads "%s" as no number word', (written) => {
    expect(numberWordValue(written)).toBeNull();
  });

  it('names the values that have a word, and no others', () => {
    expect([1, 2, 5, 12, 24].map(numberWord)).toEqual(['one', 'two', 'five', 'twelve', 'twenty-four']);
    expect(numberWord(13)).toBeNull();
  });

  it('matches the whole of a longer word rather than its start ("eighteen", not "eight")', () => {
    const word = new RegExp(`(?:${NUMBER_WORD_PATTERN})`, 'i');
    expect(word.exec('eighteen months')?.[0]).toBe('eighteen');
    expect(word.exec('Twenty four months')?.[0]).toBe('Twenty four');
  });
});
