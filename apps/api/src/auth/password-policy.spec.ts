import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it.each(['short', 'elevenchars'])('refuses %s as too short', (password) => {
    expect(passwordProblem(password)).toMatch(/at least 12 characters/);
  });

  it.each([
    'password1234',
    'Password2026!',
    'P@ssw0rd12345',
    'qwertyuiop123',
    'Liverpool123456',
    '123456789012',
    'iloveyou12345',
    'Welcome2025!',
    'abababababab',
    'Safeguarding2025',
    'Governor2026!',
  ])('refuses the common %s', (password) => {
    expect(passwordProblem(password)).toMatch(/too common/);
  });

  it("refuses a password containing the person's name or email", () => {
    expect(passwordProblem('margaret-rules-ok', { name: 'Margaret Hodge' })).toMatch(
      /name or your email/,
    );
    expect(passwordProblem('xx-jbloggs-2026', { email: 'jbloggs@school.org.uk' })).toMatch(
      /name or your email/,
    );
  });

  it.each(['correct staple orbit lantern', 'Tea-Kettle-Rowan-77', 'blue giraffe eats toast'])(
    'accepts %s',
    (password) => {
      expect(
        passwordProblem(password, { name: 'Ann Lee', email: 'ann@example.org' }),
      ).toBeUndefined();
    },
  );

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ééééééééééé')).toMatch(/at least 12/);
  });

  it('refuses very long passwords', () => {
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
  });
});
