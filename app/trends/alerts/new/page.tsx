import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';
import { AlertForm } from './alert-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Write an alert for parents' };

export default async function NewAlertPage() {
  await requirePartnership('alerts.manage');
  const platforms = await listPlatformChoices();
  return <AlertForm platforms={platforms} />;
}
