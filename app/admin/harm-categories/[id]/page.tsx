import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findHarmCategoryFor } from '@/lib/reference-data/list-reference-data';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { AdminForm } from '../../_components/admin-form';
import { editHarmCategory, editOwnHarmCategory } from '../../platforms/actions';
import { harmFields } from '../harm-fields';

export const metadata: Metadata = { title: 'Harm category' };

export default async function HarmCategoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const found = await findHarmCategoryFor(await requireUser(), (await params).id);
  if (!found) notFound();
  const { category, owner } = found;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(await searchParams).added === '1' && (
          <NotificationBanner success heading="The category has been added" />
        )}
        <h1 className="govuk-heading-l">{category.name}</h1>
        <AdminForm
          action={owner === null ? editHarmCategory : editOwnHarmCategory}
          fields={harmFields(category)}
          hidden={{ id: category.id }}
          submitLabel="Save category"
        />
      </div>
    </div>
  );
}
