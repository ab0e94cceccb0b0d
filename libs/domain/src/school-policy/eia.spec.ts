import { InvalidValueError } from '../shared/domain-error';
import {
  EiaImpacts,
  characteristicsOfConcern,
  parseEiaImpacts,
  protectedCharacteristics,
} from './eia';

const allNo = Object.fromEntries(
  protectedCharacteristics.map((c) => [
    c,
    { negativeImpact: 'no', promotesEquality: 'no', dataPositive: 'no' },
  ]),
) as EiaImpacts;

function fieldOf(input: unknown): string {
  try {
    parseEiaImpacts(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidValueError);
    return (error as InvalidValueError).field;
  }
  throw new Error('expected an InvalidValueError');
}

describe('parseEiaImpacts', () => {
  it('names the nine Equality Act 2010 characteristics', () => {
    expect(protectedCharacteristics).toHaveLength(9);
  });

  it('accepts all nine characteristics with all three answers, in the Act’s order', () => {
    const reversed = Object.fromEntries(Object.entries(allNo).reverse());
    expect(Object.keys(parseEiaImpacts(reversed))).toEqual([...protectedCharacteristics]);
  });

  it('requires every characteristic and every answer', () => {
    const { age: _age, ...withoutAge } = allNo;
    expect(fieldOf(withoutAge)).toBe('impacts.age');
    expect(fieldOf({ ...allNo, sex: { negativeImpact: 'no', promotesEquality: 'yes' } })).toBe(
      'impacts.sex.dataPositive',
    );
    expect(
      fieldOf({
        ...allNo,
        race: { negativeImpact: 'Y', promotesEquality: 'no', dataPositive: 'no' },
      }),
    ).toBe('impacts.race.negativeImpact');
    expect(fieldOf([])).toBe('impacts');
    expect(fieldOf(null)).toBe('impacts');
  });

  it('refuses the old form’s “gender”, pointing at the Act’s characteristics', () => {
    expect(fieldOf({ ...allNo, gender: allNo.sex })).toBe('impacts.gender');
    expect(() => parseEiaImpacts({ ...allNo, gender: allNo.sex })).toThrow(
      /use sex or gender-reassignment/,
    );
    expect(fieldOf({ ...allNo, hobbies: allNo.sex })).toBe('impacts.hobbies');
  });
});

describe('characteristicsOfConcern', () => {
  it('lists the characteristics with a possible negative impact (yes or not sure)', () => {
    const impacts: EiaImpacts = {
      ...allNo,
      disability: { negativeImpact: 'yes', promotesEquality: 'no', dataPositive: 'no' },
      race: { negativeImpact: 'not-sure', promotesEquality: 'no', dataPositive: 'no' },
    };
    expect(characteristicsOfConcern(impacts)).toEqual(['disability', 'race']);
    expect(characteristicsOfConcern(allNo)).toEqual([]);
  });
});
