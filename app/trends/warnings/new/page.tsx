import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';
import { WarningForm } from './warning-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Write a warning for parents' };

export default async function NewWarningPage() {
  await requirePartnership('warnings.manage');
  const platforms = await listPlatformChoices();
  return <WarningForm platforms={platforms} />;
}
