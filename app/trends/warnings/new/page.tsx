import type { Metadata } from 'next';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { CATALOGUES } from '@/lib/i18n/locales';
import { partnershipLocales } from '@/lib/i18n/partnership-locales';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';
import { WarningForm } from './warning-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Write a warning for parents' };

export default async function NewWarningPage() {
  const { partnershipId } = await requirePartnership('warnings.manage');
  const [platforms, locales] = await Promise.all([
    listPlatformChoices(partnershipId),
    partnershipLocales(partnershipId),
  ]);
  const languages = locales.map((code) => ({ value: code, text: CATALOGUES[code].englishName }));
  return <WarningForm platforms={platforms} languages={languages} />;
}
