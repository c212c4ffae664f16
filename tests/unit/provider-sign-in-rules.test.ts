import { describe, expect, it } from 'vitest';
import { usedMfa } from '@/lib/auth/providers/finish-provider-sign-in';
import { subjectOf, verifiedEmailOf } from '@/lib/auth/providers/match-provider-account';
import { issuerUrlOf } from '@/lib/auth/providers/provider-client';

const claims = (extra: Record<string, unknown>) => ({
  sub: 's',
  iss: 'i',
  aud: 'a',
  exp: 1,
  iat: 1,
  ...extra,
});
const provider = (kind: 'ENTRA' | 'GOOGLE' | 'OIDC') => ({
  id: 'p',
  partnershipId: 'x',
  kind,
  allowedDomains: [],
});

describe('what a work account sign-in reads from the id token', () => {
  it('skips our code only when the provider’s claim says mfa, in the claim the administrator named', () => {
    expect(usedMfa(claims({ amr: ['pwd', 'mfa'] }), 'amr')).toBe(true);
    expect(usedMfa(claims({ amr: ['pwd'] }), 'amr')).toBe(false);
    expect(usedMfa(claims({}), 'amr')).toBe(false);
    expect(usedMfa(claims({ amr: 'mfa-ish' }), 'amr')).toBe(false);
    expect(usedMfa(claims({ authn: 'mfa', amr: ['pwd'] }), 'authn')).toBe(true);
  });

  it('binds Entra accounts by their object id, everyone else by sub', () => {
    expect(subjectOf('ENTRA', claims({ oid: 'object-id' }))).toBe('object-id');
    expect(subjectOf('OIDC', claims({ oid: 'object-id' }))).toBe('s');
    expect(subjectOf('OIDC', claims({ sub: '' }))).toBeNull();
  });

  it('takes an email only when the provider vouches for it', () => {
    expect(verifiedEmailOf(provider('OIDC'), claims({ email: 'A@School.example' }))).toBeNull();
    expect(
      verifiedEmailOf(provider('OIDC'), claims({ email: 'A@School.example', email_verified: true })),
    ).toBe('a@school.example');
    expect(
      verifiedEmailOf(provider('GOOGLE'), claims({ email: 'a@x.example', email_verified: 'true' })),
    ).toBeNull();
    // Entra's tenant is the partnership's own directory: its address is its word.
    expect(verifiedEmailOf(provider('ENTRA'), claims({ preferred_username: 'b@school.example' }))).toBe(
      'b@school.example',
    );
  });

  it('finds each kind’s discovery document', () => {
    expect(issuerUrlOf({ kind: 'ENTRA', issuer: 'tenant-id' })).toBe(
      'https://login.microsoftonline.com/tenant-id/v2.0',
    );
    expect(issuerUrlOf({ kind: 'GOOGLE', issuer: null })).toBe('https://accounts.google.com');
    expect(issuerUrlOf({ kind: 'OIDC', issuer: 'https://idp.example' })).toBe('https://idp.example');
  });
});
