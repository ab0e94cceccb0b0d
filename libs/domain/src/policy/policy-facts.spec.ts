import { fold } from '../shared/decider';
import { NotFoundError } from '../shared/domain-error';
import { policyDecider } from './decider';
import { policyFactsOf } from './policy-facts';

describe('policyFactsOf', () => {
  it('gives the facts a school policy command needs', () => {
    const state = fold(policyDecider, [
      {
        type: 'PolicyRegistered',
        data: {
          policyId: 'pol-1',
          trustId: 't-1',
          title: 'Behaviour',
          scope: 'school',
          reviewCycleMonths: 12,
          approver: 'headteacher',
          statutory: true,
          eiaRequired: true,
          category: null,
          legislation: [],
          linkedPolicies: [],
          catalogueKey: 'behaviour',
          appliesTo: ['primary', 'secondary'], acknowledgementRequired: false,
        },
      },
      {
        type: 'PolicyVersionDrafted',
        data: { policyId: 'pol-1', version: 1, summary: 'v1', documentUrl: null, document: null },
      },
      {
        type: 'PolicyVersionDrafted',
        data: { policyId: 'pol-1', version: 2, summary: 'v2', documentUrl: null, document: null },
      },
    ]);
    expect(policyFactsOf(state, 'pol-1')).toEqual({
      title: 'Behaviour',
      scope: 'school',
      reviewCycleMonths: 12,
      versions: [1, 2],
      retired: false,
      eiaRequired: true,
    });
  });

  it('answers 404 for a stream without a registered policy', () => {
    expect(() => policyFactsOf(policyDecider.initialState(), 'pol-404')).toThrow(NotFoundError);
  });
});
