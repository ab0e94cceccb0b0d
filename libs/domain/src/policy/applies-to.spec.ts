import { InvalidValueError } from '../shared/domain-error';
import { ALL_PHASES, appliesToList, policyAppliesTo } from './applies-to';

describe('appliesToList: the phases a policy applies to', () => {
  it('given nothing, then every phase', () => {
    expect(appliesToList(undefined)).toEqual([...ALL_PHASES]);
    expect(appliesToList(null)).toEqual([...ALL_PHASES]);
  });

  it('given phases in any order with repeats, then each once in the contract order', () => {
    expect(appliesToList(['sixteen-plus', 'secondary', 'secondary'])).toEqual(['secondary', 'sixteen-plus']);
  });

  it('given an empty list, then refused naming appliesTo', () => {
    expect(() => appliesToList([])).toThrow(InvalidValueError);
    expect(() => appliesToList([])).toThrow(/appliesTo must name at least one phase/);
  });

  it('given an unknown phase, then refused naming it and appliesTo', () => {
    expect(() => appliesToList(['primary', 'middle'])).toThrow(/appliesTo has phases that do not exist: "middle"/);
  });

  it('given something other than a list, then refused', () => {
    expect(() => appliesToList('primary')).toThrow(/appliesTo must be a list of phases/);
  });
});

describe('policyAppliesTo: whether a policy is in a school register', () => {
  const careers = ['secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus'];

  it('given a primary school, then the careers statement does not apply', () => {
    expect(policyAppliesTo(careers, 'primary')).toBe(false);
  });

  it('given a secondary school, then it applies', () => {
    expect(policyAppliesTo(careers, 'secondary')).toBe(true);
  });

  it('given a school without a phase, then every policy applies', () => {
    expect(policyAppliesTo(careers, null)).toBe(true);
    expect(policyAppliesTo(careers, undefined)).toBe(true);
  });

  it('given a policy stored before appliesTo existed, then it applies to every phase', () => {
    expect(policyAppliesTo(null, 'primary')).toBe(true);
    expect(policyAppliesTo(undefined, 'nursery')).toBe(true);
  });
});
