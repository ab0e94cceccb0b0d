import { approvers } from '../policy/policy-values';
import { policyCategories } from './catalogue-entry';
import { approverInWords, categoryInWords } from './policy-words';

describe('policy words', () => {
  it('given each approver, when put in words, then a capitalised phrase, never the code', () => {
    expect(approvers.map(approverInWords)).toEqual(['Trust board', 'Local governing body', 'Headteacher', 'Committee']);
  });

  it('given each catalogue category, when put in words, then words other than the code', () => {
    for (const category of policyCategories) expect(categoryInWords(category)).not.toBe(category);
    expect(categoryInWords('send-and-inclusion')).toBe('SEND and inclusion');
  });

  it("given a trust's own category, when put in words, then it is shown as the trust wrote it", () => {
    expect(categoryInWords('Estates and premises')).toBe('Estates and premises');
  });
});
