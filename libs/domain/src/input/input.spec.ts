import { InvalidValueError } from '../shared/domain-error';
import { optionalBoolean, optionalChoice, requireBoolean, requireChoice } from './choice';
import { requireInteger } from './number';
import { optionalRecordDate, requireRecordDate } from './date';
import { optionalWebLink } from './link';
import { optionalText, requireText, textList } from './text';

describe('command input checks', () => {
  it('trims required text and refuses blank or over-long text, naming the field', () => {
    expect(requireText('  Behaviour ', 'title')).toBe('Behaviour');
    expect(() => requireText('   ', 'title')).toThrow('title is required and must be some text.');
    expect(() => requireText('x'.repeat(201), 'title', { max: 200 })).toThrow(
      'title must be at most 200 characters long.',
    );
    expect(() => requireText(7, 'title')).toThrow(InvalidValueError);
  });

  it('turns absent or blank optional text into null', () => {
    expect(optionalText(undefined, 'notes')).toBeNull();
    expect(optionalText(' ', 'notes')).toBeNull();
    expect(optionalText(' ok ', 'notes')).toBe('ok');
    expect(() => optionalText(['no'], 'notes')).toThrow('notes must be some text.');
  });

  it('reads lists of text, keeping each entry once', () => {
    expect(textList(undefined, 'policyIds')).toEqual([]);
    expect(textList([' a', 'b', 'a '], 'policyIds')).toEqual(['a', 'b']);
    expect(() => textList('a', 'policyIds')).toThrow('policyIds must be a list of texts.');
  });

  it('checks choices, flags and whole numbers', () => {
    expect(requireChoice('trust', ['trust', 'school'], 'scope')).toBe('trust');
    expect(() => requireChoice('Trust', ['trust', 'school'], 'scope')).toThrow(
      'scope must be one of "trust", "school".',
    );
    expect(optionalChoice(null, ['a'], 'x')).toBeNull();
    expect(optionalBoolean(undefined, 'statutory', false)).toBe(false);
    expect(() => optionalBoolean('true', 'statutory', false)).toThrow(
      'statutory must be true or false.',
    );
    expect(() => requireBoolean(undefined, 'fullAssessmentRequired')).toThrow(InvalidValueError);
    expect(requireInteger(0, 'count', 0)).toBe(0);
    expect(() => requireInteger(0, 'version', 1)).toThrow(
      'version must be a whole number of at least 1.',
    );
    expect(() => requireInteger(2.5, 'version', 1)).toThrow(InvalidValueError);
  });
});

describe('record dates', () => {
  it('accepts 1990-01-01 and later, refuses earlier days naming the field', () => {
    expect(requireRecordDate('1990-01-01', 'visitedOn')).toBe('1990-01-01');
    expect(() => requireRecordDate('1989-12-31', 'visitedOn')).toThrow(
      'visitedOn must be 1990-01-01 or later; 1989-12-31 is too early to be a governance record.',
    );
    expect(() => requireRecordDate('2026-02-30', 'visitedOn')).toThrow('visitedOn must be a real calendar date; 2026-02-30 does not exist.');
    expect(optionalRecordDate(undefined, 'retiredOn')).toBeNull();
    expect(() => optionalRecordDate('1900-01-01', 'retiredOn')).toThrow(InvalidValueError);
  });
});

describe('web links', () => {
  it('keeps http(s) links and turns absent or blank into null', () => {
    expect(optionalWebLink(' https://docs.example/p.docx ', 'documentUrl')).toBe('https://docs.example/p.docx');
    expect(optionalWebLink('HTTP://docs.example/p', 'documentUrl')).toBe('HTTP://docs.example/p');
    expect(optionalWebLink(undefined, 'documentUrl')).toBeNull();
    expect(optionalWebLink('  ', 'documentUrl')).toBeNull();
  });

  it('refuses links of any other scheme, without a host, or with spaces', () => {
    for (const link of ['javascript:alert(1)', ' jAvAsCrIpT:alert(1)', 'vbscript:x', 'data:text/html,x', 'ftp://docs.example/p', '//docs.example/p', 'http:/docs.example', 'https://']) {
      expect(() => optionalWebLink(link, 'documentUrl')).toThrow(/^documentUrl must be a web link starting with https:\/\/ or http:\/\//);
    }
    expect(() => optionalWebLink('https://docs.example/my policy.docx', 'documentUrl')).toThrow('documentUrl must be a link without spaces.');
  });
});
