import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Advice for parents' };

export default async function AdviceListPage() {
  const { partnershipId } = await requirePartnership('warnings.manage');
  const platforms = await listPlatformChoices(partnershipId);
  return (
    <>
      <h1 className="govuk-heading-xl">Advice for parents</h1>
      <ul className="govuk-list">
        {platforms.map((p) => (
          <li key={p.slug}>
            <Link className="govuk-link" href={`/trends/advice/${p.slug}`}>
              Edit advice about {p.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
