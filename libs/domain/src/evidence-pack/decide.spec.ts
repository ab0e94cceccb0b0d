import { InvalidValueError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { evidencePackDecider } from './decider';
import { evidencePackStreamId } from './events';

/** testContext: today 2026-11-24, actor person-tester. */
const spec = deciderSpec(evidencePackDecider);
const SHA = 'a'.repeat(64);
const command = (overrides: Partial<{ asOf: string; position: string; manifestSha256: string }> = {}) => ({
  type: 'RecordEvidencePackGenerated' as const,
  data: { trustId: 't1', schoolId: 'oak', asOf: '2026-11-01', position: '42', manifestSha256: SHA, ...overrides },
});

describe('RecordEvidencePackGenerated', () => {
  it('records who took the pack, when, as of which day, at which position and its manifest sum', () =>
    spec.given([]).when(command()).then([
      {
        type: 'EvidencePackGenerated',
        data: { trustId: 't1', schoolId: 'oak', asOf: '2026-11-01', position: '42', manifestSha256: SHA, generatedBy: 'person-tester', generatedOn: '2026-11-24' },
      },
    ]));

  it('refuses a malformed day, position or sum as invalid input', () => {
    const decide = (overrides: Parameters<typeof command>[0]) => () =>
      evidencePackDecider.decide(command(overrides), evidencePackDecider.initialState(), testContext);
    expect(decide({ asOf: '1 November' })).toThrow(InvalidValueError);
    expect(decide({ position: '-1' })).toThrow(InvalidValueError);
    expect(decide({ manifestSha256: 'not-a-sum' })).toThrow(InvalidValueError);
  });

  it('keeps one stream per school', () => {
    expect(evidencePackStreamId('oak')).toBe('evidence-oak');
  });
});
