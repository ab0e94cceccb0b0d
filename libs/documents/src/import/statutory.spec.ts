import { readLabelledValues } from './header-fields';
import { readStatutory } from './statutory';
import { paragraphsOf } from './text-lines';
import { readYesNo } from './yes-no';

const statutory = (text: string) => {
  const lines = text.split('\n');
  return readStatutory(readLabelledValues(lines), paragraphsOf(lines))?.value ?? null;
};

describe('statutory or not', () => {
  it.each([
    ['Statutory Policy: No', false],
    ['Statutory Policy:\tYes', true],
    ['Statutory policy? Y', true],
    ['Statutory:\t☒ Yes ☐ No', true],
    ['Statutory:\t☐ Yes ☒ No', false],
    ['Statutory: Yes ☐ No ☒', false],
    ['Status: Non-statutory', false],
    ['Policy type: Statutory', true],
    ['Status: Draft', null],
    ['This is a statutory policy.', true],
    ['This policy is not statutory.', false],
    ['It is a statutory requirement under the Education Act 1996.', true],
    [
      'The Directors have responsibility for ensuring full compliance with all statutory responsibilities.',
      null,
    ],
  ])('"%s" gives %s', (text, expected) => {
    expect(statutory(text)).toBe(expected);
  });

  it('reads yes/no answers as forms write them', () => {
    expect(readYesNo('Yes')).toBe(true);
    expect(readYesNo('no - recommended only')).toBe(false);
    expect(readYesNo('N/A')).toBe(false);
    expect(readYesNo('[x] Yes [ ] No')).toBe(true);
    expect(readYesNo('perhaps')).toBeNull();
  });
});
