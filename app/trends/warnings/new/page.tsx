import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';
import { WarningForm } from './warning-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Write a warning for parents' };

export default async function NewWarningPage() {
  const { partnershipId } = await requirePartnership('warnings.manage');
  const platforms = await listPlatformChoices(partnershipId);
  return <WarningForm platforms={platforms} />;
}
