import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import { stepsAsText } from '@/lib/reference-data/report-route-fields';
import { AdviceForm } from './advice-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit advice for parents' };

export default async function EditAdvicePage({ params }: { params: Promise<{ platform: string }> }) {
  const { partnershipId } = await requirePartnership('warnings.manage');
  const { platform: slug } = await params;
  const platform = await findPlatformBySlug(slug, partnershipId);
  if (!platform) notFound();
  return (
    <AdviceForm
      platform={{
        slug: platform.slug,
        name: platform.name,
        advice: platform.advice ?? '',
        privacyAdvice: platform.privacyAdvice ?? '',
        reportingAdvice: platform.reportingAdvice ?? '',
        reportUrl: platform.reportUrl ?? '',
        reportSteps: stepsAsText(platform.reportSteps),
      }}
    />
  );
}
