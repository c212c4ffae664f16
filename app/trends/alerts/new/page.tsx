import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getDb } from '@/lib/db';
import { AlertForm } from './alert-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Write an alert for parents' };

export default async function NewAlertPage() {
  await requirePartnership('alerts.manage');
  const platforms = await getDb().platform.findMany({
    where: { isOther: false },
    select: { slug: true, name: true },
    orderBy: { name: 'asc' },
  });
  return <AlertForm platforms={platforms} />;
}
