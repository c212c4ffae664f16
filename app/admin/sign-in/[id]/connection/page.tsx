import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SummaryList } from '@/components/govuk/summary-list';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { issuerUrlOf } from '@/lib/auth/providers/provider-client';
import { readDiscoveryDocument, type DiscoveryResult } from '@/lib/auth/providers/read-discovery-document';
import { getSignInProvider } from '@/lib/auth/providers/sign-in-providers';

export const metadata: Metadata = { title: 'Test the connection' };

const WHY_NOT: Record<Exclude<DiscoveryResult, { ok: true }>['reason'], string> = {
  address: 'The address must start with https:// and must not point inside your own network.',
  redirect: 'The provider sent us to another address. Enter the address it sent us to instead.',
  'too-large': 'The provider sent back far more than a settings document. Check the address.',
  status: 'The provider answered, but had no settings at that address. Check the address.',
  unreachable: 'The provider did not answer in time. Check the address, or try again later.',
  'not-discovery': 'The provider answered, but not with sign-in settings. Check the address.',
};

/** Reads the provider's published settings now and shows them: never a token, never the secret. */
export default async function ConnectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { partnershipId } = await requirePartnership('staff.manage');
  const provider = await getSignInProvider(partnershipId, (await params).id);
  if (!provider) notFound();
  const address = issuerUrlOf(provider);
  const result = await readDiscoveryDocument(address);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/admin/sign-in/${provider.id}`} className="govuk-back-link">
          Back to the sign-in
        </Link>
        <h1 className="govuk-heading-l">Test the connection to {provider.displayName}</h1>
        <p className="govuk-body">We asked {address} for its sign-in settings.</p>
        {result.ok ? (
          <>
            <p className="govuk-body">It answered. This is what it says:</p>
            <SummaryList
              rows={[
                { key: 'Issuer', value: result.document.issuer },
                { key: 'Sign-in page', value: result.document.authorizationEndpoint },
                { key: 'Token address', value: result.document.tokenEndpoint },
                { key: 'User details address', value: result.document.userinfoEndpoint ?? 'Not given' },
                { key: 'Signing keys', value: result.document.jwksUri },
                { key: 'Claims', value: result.document.claimsSupported.join(', ') || 'Not given' },
                { key: 'Scopes', value: result.document.scopesSupported.join(', ') || 'Not given' },
              ]}
            />
          </>
        ) : (
          <p className="govuk-body">It did not work. {WHY_NOT[result.reason]}</p>
        )}
      </div>
    </div>
  );
}
