import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WarningText } from '@/components/warning-text';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { PhoneLink } from '@/components/phone-link';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Advice for parents' };

/**
 * Public advice about one platform, as the partnership serving this site writes it, with any warnings about
 * it that are published now. A platform the partnership does not offer has no page here.
 */
export default async function AdvicePage({ params }: { params: Promise<{ platform: string }> }) {
  const { platform: slug } = await params;
  const partnership = await getPublicPartnership();
  const platform = partnership && (await findPlatformBySlug(slug.slice(0, 60), partnership.id));
  if (!platform?.offered) notFound();
  const warnings = await listPublishedWarnings(new Date(), undefined, platform.id);
  const sections = [
    ['What you should know', platform.advice],
    ['Privacy settings', platform.privacyAdvice],
    ['How to report something on ' + platform.name, platform.reportingAdvice],
  ] as const;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{platform.name}: advice for parents</h1>
        {platform.closedOn && <p className="govuk-body">{platform.name} has closed.</p>}
        {platform.ageRating && <p className="govuk-body">Age rating: {platform.ageRating}</p>}
        {warnings.map((warning) => (
          <div key={warning.id} className="govuk-inset-text">
            <h2 className="govuk-heading-m">{warning.title}</h2>
            <WarningText text={warning.whatToKnow} />
            <WarningText text={warning.whatToDo} />
          </div>
        ))}
        {sections.map(([heading, text]) =>
          text ? (
            <section key={heading}>
              <h2 className="govuk-heading-m">{heading}</h2>
              <WarningText text={text} />
            </section>
          ) : null,
        )}
        <p className="govuk-body">
          If a child is in danger right now, call <PhoneLink number="999" />.
        </p>
      </div>
    </div>
  );
}
