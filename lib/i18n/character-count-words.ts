import 'server-only';
import { getTranslations } from 'next-intl/server';

/** GOV.UK Frontend's character count message forms (it fills in %{count}), for every plural form. */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * A text box's character count in the parent's language (catalogue `report.description.count`): the
 * limit said under the box, and GOV.UK Frontend's messages as it counts, for a Textarea's `countWords`.
 */
export async function characterCountWords(
  max: number,
): Promise<{ limit: string; i18n: Record<string, string> }> {
  const t = await getTranslations('report.description');
  const count = (key: string) => t(`count.${key}`, { count: '%{count}' });
  const i18n: Record<string, string> = { 'data-i18n.characters-at-limit': t('count.atLimit') };
  for (const form of PLURAL_FORMS) {
    const one = form === 'one';
    i18n[`data-i18n.characters-under-limit.${form}`] = count(one ? 'underOne' : 'underOther');
    i18n[`data-i18n.characters-over-limit.${form}`] = count(one ? 'overOne' : 'overOther');
  }
  return { limit: t('limit', { max }), i18n };
}
