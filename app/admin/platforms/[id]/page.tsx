import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { getPlatform } from '@/lib/reference-data/list-reference-data';
import { AdminForm } from '../../_components/admin-form';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { editPlatform } from '../actions';
import { platformFields } from '../platform-fields';

export const metadata: Metadata = { title: 'Platform' };

export default async function PlatformPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  await requirePermission('reference.national.manage');
  const platform = await getPlatform((await params).id);
  if (!platform) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(await searchParams).added === '1' && (
          <NotificationBanner success heading="The platform has been added" />
        )}
        <h1 className="govuk-heading-l">{platform.name}</h1>
        <AdminForm
          action={editPlatform}
          fields={platformFields(platform)}
          hidden={{ id: platform.id }}
          submitLabel="Save platform"
        />
      </div>
    </div>
  );
}
