import { deciderSpec } from '../testing/decider-spec';
import { interestsDecider } from './decider';
import { InterestsEvent } from './events';
import { checkDeclaration } from './decide';

/** testContext: today 2026-11-24, actor person-tester. */
const spec = deciderSpec(interestsDecider);
const director = { kind: 'directorship', description: 'Director of Hollins Building Services Ltd', from: '2024-04-01' };
const earlier: InterestsEvent = { type: 'InterestsDeclared', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2025-11-01', interests: [], declaredBy: 'p1' } };

describe('DeclareInterests', () => {
  it('logs each interest\'s kind and dates (the description stays out of the log), with dates left out as null', () =>
    spec.given([]).when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [director] } }).then([
      {
        type: 'InterestsDeclared',
        data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [{ kind: 'directorship', from: '2024-04-01', to: null }], declaredBy: 'person-tester' },
      },
    ]));

  it('records nothing to declare as an empty list', () =>
    spec.given([]).when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [] } }).then([
      { type: 'InterestsDeclared', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [], declaredBy: 'person-tester' } },
    ]));

  it('follows an earlier declaration with a newer one, never replacing it', () =>
    spec.given([earlier]).when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [] } }).then([
      { type: 'InterestsDeclared', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [], declaredBy: 'person-tester' } },
    ]));

  it('refuses a kind the register does not know, listing the kinds', () =>
    spec
      .given([])
      .when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [{ kind: 'hobby', description: 'Chess' }] } })
      .thenRefusesInput(
        'interests[0].kind',
        'interests[0].kind must be one of directorship, employment, shareholding, trusteeship-or-governorship-elsewhere, relationship-with-staff-or-member, contract-or-supplier, other.',
      ));

  it('refuses an interest that ends before it starts', () =>
    spec
      .given([])
      .when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [{ ...director, to: '2024-03-01' }] } })
      .thenRefusesInput('interests[0].to', 'interests[0].to (2024-03-01) is before interests[0].from (2024-04-01); an interest cannot end before it starts.'));

  it('refuses a declaration dated after today', () =>
    spec.given([]).when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-25', interests: [] } }).thenThrows('date-in-future'));

  it('refuses an interest without a description', () =>
    spec.given([]).when({ type: 'DeclareInterests', data: { trustId: 't1', personId: 'p1', recordId: 'r1', declaredOn: '2026-11-20', interests: [{ kind: 'other' }] } }).thenRefusesInput('interests[0].description', 'interests[0].description is required and must be some text.'));
});

describe('checkDeclaration', () => {
  it('answers the interests with their descriptions, trimmed, for the directory', () =>
    expect(checkDeclaration({ declaredOn: '2026-11-20', interests: [{ ...director, description: ' Director of Hollins ' }] }, '2026-11-24')).toEqual({
      declaredOn: '2026-11-20',
      interests: [{ kind: 'directorship', description: 'Director of Hollins', from: '2024-04-01', to: null }],
    }));
});
