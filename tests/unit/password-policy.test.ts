import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/auth/password-policy';

describe('staff password policy', () => {
  it('accepts a long passphrase with no capitals, digits or symbols', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('otter lantern quietly')).toBeNull();
  });

  it('needs 12 characters or more, counting characters rather than bytes', () => {
    expect(passwordProblem('')).toBe('Enter a password');
    expect(passwordProblem('elevenchars')).toBe('Password must be 12 characters or more');
    expect(passwordProblem('ééééééééééé')).toBe('Password must be 12 characters or more');
    expect(passwordProblem('twelve chars')).toBeNull();
  });

  it('allows up to 128 characters, not more', () => {
    const words = 'otter lantern quietly ';
    expect(passwordProblem(words.repeat(6).slice(0, 128))).toBeNull();
    expect(passwordProblem(words.repeat(6).slice(0, 129))).toBe('Password must be 128 characters or fewer');
  });

  it('refuses common passwords, with or without digits added', () => {
    for (const common of [
      'qwertyuiop123',
      '123qweasdzxc',
      'password1234',
      'iloveyou2026!',
      'Football12345',
    ]) {
      expect(passwordProblem(common), common).toMatch(/harder to guess/);
    }
  });

  it('refuses runs and repeats', () => {
    expect(passwordProblem('aaaaaaaaaaaaaa')).toMatch(/harder to guess/);
    expect(passwordProblem('abcdefghijklmn')).toMatch(/harder to guess/);
    expect(passwordProblem('1234567890123')).toMatch(/harder to guess/);
  });

  it('refuses the name of the service, the partnership and the person', () => {
    expect(passwordProblem('Safeguarding2026!')).toMatch(/harder to guess/);
    expect(
      passwordProblem('northshire-2026', { partnershipName: 'Northshire Safeguarding Children Partnership' }),
    ).toMatch(/harder to guess/);
    expect(passwordProblem('janet.oakfield1', { email: 'janet.oakfield@school.example' })).toMatch(
      /harder to guess/,
    );
    expect(passwordProblem('janetsmith1990', { name: 'Janet Smith' })).toMatch(/harder to guess/);
  });
});
