import { InvalidValueError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { minutesDecider } from './decider';
import { MinutesEvent, minutesStreamId } from './events';

/** testContext: today 2026-11-24, actor person-tester. */
const spec = deciderSpec(minutesDecider);
const SHA = 'ab'.repeat(32);
const INPUTS_SHA = 'cd'.repeat(32);
const frozen = { builtAt: '41', sha256: SHA, inputsSha256: INPUTS_SHA };

const generated = (overrides: Partial<MinutesEvent['data']> = {}): MinutesEvent => ({
  type: 'MinutesInputsGenerated',
  data: {
    trustId: 't1',
    term: '2027-spring',
    body: 'trust-board',
    schoolId: null,
    format: 'docx',
    generatedBy: 'person-tester',
    generatedOn: '2026-11-24',
    builtAt: '41',
    sha256: SHA,
    inputsSha256: INPUTS_SHA,
    ...overrides,
  },
});

describe('RecordMinutesInputsGenerated', () => {
  it('records the trust board pack with who, when, the term and the format', () =>
    spec
      .given([])
      .when({
        type: 'RecordMinutesInputsGenerated',
        data: { trustId: 't1', term: 'Spring 2027', format: 'docx', ...frozen },
      })
      .then([generated()]));

  it("records a school's pack as its local governing body's, every time it is generated", () =>
    spec
      .given([generated(), generated()])
      .when({
        type: 'RecordMinutesInputsGenerated',
        data: { trustId: 't1', term: '2027-spring', schoolId: 'oak', format: 'markdown', ...frozen },
      })
      .then([generated({ body: 'local-governing-body', schoolId: 'oak', format: 'markdown' })]));

  it('refuses a malformed term, an unknown format, a malformed hash or position as invalid input', () => {
    const decide = (term: string, format: string, more: Partial<typeof frozen> = {}) => () =>
      minutesDecider.decide(
        { type: 'RecordMinutesInputsGenerated', data: { trustId: 't1', term, format, ...frozen, ...more } },
        minutesDecider.initialState(),
        testContext,
      );
    expect(decide('2027-winter', 'docx')).toThrow(InvalidValueError);
    expect(decide('2027-spring', 'pdf')).toThrow(InvalidValueError);
    expect(decide('2027-spring', 'json', { sha256: 'not a hash' })).toThrow(InvalidValueError);
    expect(decide('2027-spring', 'json', { builtAt: '-1' })).toThrow(InvalidValueError);
  });

  it('keeps one stream per trust and term', () => {
    expect(minutesStreamId('t1', '2027-spring')).toBe('minutes-t1.2027-spring');
  });
});
