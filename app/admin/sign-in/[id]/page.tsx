import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getSignInProvider } from '@/lib/auth/providers/sign-in-providers';
import { AdminForm } from '../../_components/admin-form';
import { editSignInProvider } from '../actions';
import { signInProviderFields } from '../sign-in-provider-fields';

export const metadata: Metadata = { title: 'Work account sign-in' };

export default async function SignInProviderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { partnershipId } = await requirePartnership('staff.manage');
  const provider = await getSignInProvider(partnershipId, (await params).id);
  if (!provider) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(await searchParams).added === '1' && (
          <NotificationBanner success heading="The sign-in has been added" />
        )}
        <h1 className="govuk-heading-l">Sign in with {provider.displayName}</h1>
        <AdminForm
          action={editSignInProvider}
          fields={signInProviderFields(provider)}
          hidden={{ id: provider.id }}
          submitLabel="Save sign-in"
        />
        <p className="govuk-body">
          <Link className="govuk-link" href={`/admin/sign-in/${provider.id}/connection`}>
            Test this connection
          </Link>
        </p>
      </div>
    </div>
  );
}
