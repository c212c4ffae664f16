import type { SignInProviderSettings } from '@/lib/auth/providers/sign-in-providers';
import type { AdminFieldSpec } from '../_components/admin-form';

const KIND_VALUES = { ENTRA: 'entra', GOOGLE: 'google', OIDC: 'oidc' } as const;

/** The form for a new sign-in, or for editing one (its secret is never shown: blank keeps it). */
export function signInProviderFields(p?: SignInProviderSettings): AdminFieldSpec[] {
  const kind = p ? KIND_VALUES[p.kind] : undefined;
  return [
    {
      kind: 'radios',
      name: 'kind',
      label: 'Who runs your staff’s work accounts?',
      defaultValue: kind,
      choices: [
        { value: 'entra', label: 'Microsoft 365 (Entra ID)' },
        { value: 'google', label: 'Google Workspace' },
        { value: 'oidc', label: 'Another OpenID Connect service' },
      ],
    },
    {
      kind: 'text',
      name: 'displayName',
      label: 'Name on the button',
      hint: 'Staff will see “Sign in with” and this name, for example Microsoft',
      defaultValue: p?.displayName,
      maxLength: 60,
      width: 20,
    },
    {
      kind: 'text',
      name: 'tenantId',
      label: 'Directory (tenant) ID – Microsoft only',
      hint: 'On the app’s overview page in the Entra admin centre',
      defaultValue: kind === 'entra' ? (p?.issuer ?? '') : '',
      maxLength: 253,
    },
    {
      kind: 'text',
      name: 'issuerUrl',
      label: 'Issuer address – other services only',
      hint: 'Starting with https://. Your provider’s set-up page calls it the issuer.',
      defaultValue: kind === 'oidc' ? (p?.issuer ?? '') : '',
      maxLength: 500,
    },
    {
      kind: 'text',
      name: 'clientId',
      label: 'Client ID',
      defaultValue: p?.clientId,
      maxLength: 500,
    },
    {
      kind: 'text',
      name: 'clientSecret',
      label: 'Client secret',
      hint: p
        ? 'Leave this empty to keep the secret you saved before. It is never shown again.'
        : 'It is stored encrypted and never shown again.',
      defaultValue: '',
      maxLength: 1000,
    },
    {
      kind: 'textarea',
      name: 'allowedDomains',
      label: 'Email domains that may use it',
      hint: 'One per line, for example oakfield.sch.example. Needed for Google. Leave empty to allow any invited member of staff.',
      defaultValue: p?.allowedDomains.join('\n') ?? '',
      maxLength: 2000,
    },
    {
      kind: 'text',
      name: 'mfaClaim',
      label: 'Claim that shows a second step was used (optional)',
      hint: 'Leave empty for amr, the usual one. Staff skip our code only when it includes mfa.',
      defaultValue: p && p.mfaClaim !== 'amr' ? p.mfaClaim : '',
      maxLength: 100,
      width: 20,
    },
    {
      kind: 'radios',
      name: 'requireOurTotp',
      label: 'Ask for the code from our authenticator app as well?',
      hint: 'Choose yes if you want our own second step even when their work account had one',
      defaultValue: p?.requireOurTotp ? 'yes' : 'no',
      choices: [
        { value: 'no', label: 'No' },
        { value: 'yes', label: 'Yes' },
      ],
    },
    {
      kind: 'radios',
      name: 'enabled',
      label: 'Can staff use it now?',
      defaultValue: p && !p.enabled ? 'no' : 'yes',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No, turn it off' },
      ],
    },
  ];
}
