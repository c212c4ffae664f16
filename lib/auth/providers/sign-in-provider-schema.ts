// The form an administrator sets up a work account sign-in with (app/admin/sign-in): Microsoft Entra ID,
// Google Workspace or any OpenID Connect provider. Shared by the pages and their actions. No 'server-only':
// the same schema may check the form in the browser.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';

export const PROVIDER_KINDS = { entra: 'ENTRA', google: 'GOOGLE', oidc: 'OIDC' } as const;
export const MAX_DOMAINS = 20;

/** A directory (tenant) id as Entra shows it: a GUID, or the directory's domain name. */
const TENANT =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** A claim name: letters, digits and the punctuation claim names use (URIs included), nothing else. */
const CLAIM = /^[A-Za-z0-9_.:/-]{1,100}$/;

/** An issuer URL: https (or http on this machine, for a provider under test), no password, no query. */
export function isIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return (
      (url.protocol === 'https:' || (url.protocol === 'http:' && local)) &&
      !url.username &&
      !url.password &&
      !url.search &&
      !url.hash
    );
  } catch {
    return false;
  }
}

const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message }).transform((v) => v === 'yes');

const fields = {
  kind: z.enum(['entra', 'google', 'oidc'], { error: 'Select who runs your staff’s work accounts' }),
  displayName: freeText()
    .min(1, 'Enter the name for the sign-in button')
    .max(60, 'The name must be 60 characters or fewer'),
  tenantId: z.string().trim().max(253, 'The directory ID must be 253 characters or fewer'),
  issuerUrl: z.string().trim().max(500, 'The issuer address must be 500 characters or fewer'),
  clientId: z
    .string()
    .trim()
    .min(1, 'Enter the client ID')
    .max(500, 'The client ID must be 500 characters or fewer'),
  clientSecret: z.string().trim().max(1000, 'The client secret must be 1,000 characters or fewer'),
  allowedDomains: z
    .string()
    .trim()
    .toLowerCase()
    .max(2000, 'The email domains must be 2,000 characters or fewer')
    .transform((v) => [...new Set(v.split(/[\s,;]+/).filter(Boolean))])
    .refine(
      (list) => list.every((d) => DOMAIN.test(d)),
      'Enter email domains like school.example, one per line',
    )
    .refine((list) => list.length <= MAX_DOMAINS, `Enter ${MAX_DOMAINS} email domains or fewer`),
  mfaClaim: z
    .string()
    .trim()
    .transform((v) => v || 'amr')
    .refine((v) => CLAIM.test(v), 'Enter the claim name in letters and numbers, like amr'),
  requireOurTotp: yesNo('Select whether staff also need their authenticator app code'),
  enabled: yesNo('Select whether staff can use it'),
};

/** The fields each kind needs, checked once the kind is known; on a new provider, the secret too. */
function checkKind(creating: boolean) {
  return (value: FormValues, ctx: z.RefinementCtx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (value.kind === 'entra' && !TENANT.test(value.tenantId))
      issue('tenantId', 'Enter the directory (tenant) ID, like 72f988bf-86f1-41af-91ab-2d7cd011db47');
    if (value.kind === 'oidc' && !isIssuerUrl(value.issuerUrl))
      issue('issuerUrl', 'Enter the issuer address, starting with https://');
    if (value.kind === 'google' && value.allowedDomains.length === 0)
      issue('allowedDomains', 'Enter your Google Workspace email domain, like school.example');
    if (creating && !value.clientSecret) issue('clientSecret', 'Enter the client secret');
  };
}

type FormValues = z.infer<z.ZodObject<typeof fields>>;

/** What is stored: Entra's directory id or the provider's issuer URL as the issuer (none for Google's own). */
export interface SignInProviderInput {
  kind: (typeof PROVIDER_KINDS)[keyof typeof PROVIDER_KINDS];
  displayName: string;
  issuer: string | null;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  mfaClaim: string;
  requireOurTotp: boolean;
  enabled: boolean;
}

function toStored(value: FormValues): SignInProviderInput {
  const { tenantId, issuerUrl, kind, ...rest } = value;
  const issuer = kind === 'entra' ? tenantId.toLowerCase() : kind === 'oidc' ? issuerUrl : null;
  return { ...rest, kind: PROVIDER_KINDS[kind], issuer };
}

export const signInProviderSchema = z.strictObject(fields).superRefine(checkKind(true)).transform(toStored);

/** Editing: a blank secret keeps the one saved. */
export const signInProviderEditSchema = z
  .strictObject({ ...fields, id: z.string().regex(/^[0-9a-f-]{36}$/, 'This sign-in no longer exists') })
  .superRefine(checkKind(false))
  .transform(({ id, ...value }) => ({ id, ...toStored(value) }));
