import { readApprover } from './approver';

describe('who approved a policy', () => {
  it.each([
    ['Trust Board', 'trust-board'],
    ['Board of Trustees', 'trust-board'],
    ['the Trustees', 'trust-board'],
    ["Trustees' Board", 'trust-board'],
    ['Directors', 'trust-board'],
    ['Board of Directors', 'trust-board'],
    ['Trust', 'trust-board'],
    ['FGB', 'local-governing-body'],
    ['F.G.B.', 'local-governing-body'],
    ['Full Governing Body', 'local-governing-body'],
    ['LGB', 'local-governing-body'],
    ['Local Governing Body', 'local-governing-body'],
    ['Local Governing Committee', 'local-governing-body'],
    ['Local Academy Board', 'local-governing-body'],
    ['Governing Body', 'local-governing-body'],
    ['Governors', 'local-governing-body'],
    ['Headteacher', 'headteacher'],
    ['Head Teacher', 'headteacher'],
    ['Principal', 'headteacher'],
    ['Head of School', 'headteacher'],
    ['Finance and Resources Committee', 'committee'],
    ['Curriculum Committee of the Trust Board', 'committee'],
    ['agreed by the FGB and ratified by the Trust Board', 'trust-board'],
  ])('%s approves as %s', (text, approver) => {
    expect(readApprover(text)?.approver).toBe(approver);
  });

  it('notes a guess when the CEO approved', () => {
    expect(readApprover('CEO')).toMatchObject({
      approver: 'headteacher',
      note: expect.stringContaining('CEO'),
    });
  });

  it('knows nothing of other words', () => {
    expect(readApprover('✓')).toBeNull();
    expect(readApprover('Kirsty Crosby')).toBeNull();
    expect(readApprover('Impact Multi Academy Trust staff')).toBeNull();
  });
});
