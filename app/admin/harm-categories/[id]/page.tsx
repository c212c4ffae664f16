import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { getHarmCategory } from '@/lib/reference-data/list-reference-data';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { AdminForm } from '../../_components/admin-form';
import { editHarmCategory } from '../../platforms/actions';
import { harmFields } from '../harm-fields';

export const metadata: Metadata = { title: 'Harm category' };

export default async function HarmCategoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  await requirePermission('reference.national.manage');
  const category = await getHarmCategory((await params).id);
  if (!category) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(await searchParams).added === '1' && (
          <NotificationBanner success heading="The category has been added" />
        )}
        <h1 className="govuk-heading-l">{category.name}</h1>
        <AdminForm
          action={editHarmCategory}
          fields={harmFields(category)}
          hidden={{ id: category.id }}
          submitLabel="Save category"
        />
      </div>
    </div>
  );
}
