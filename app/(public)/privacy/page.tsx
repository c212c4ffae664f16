import type { Metadata } from 'next';
import { PhoneLink } from '@/components/phone-link';
import { getPublicBrand } from '@/lib/partnerships/get-public-brand';

export const metadata: Metadata = { title: 'Privacy notice' };

export default async function PrivacyPage() {
  const brand = await getPublicBrand();
  const controller = brand.dataControllerName ?? brand.name;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          {brand.name} runs this service. <bdi>{controller}</bdi> is the data controller: it decides what
          happens to what you tell us here.
        </p>
        {brand.privacyNoticeText &&
          brand.privacyNoticeText.split(/\n\s*\n/).map((paragraph, i) => (
            <p className="govuk-body" key={i}>
              {paragraph}
            </p>
          ))}
        {brand.privacyNoticeUrl && (
          <p className="govuk-body">
            <a className="govuk-link" href={brand.privacyNoticeUrl} rel="noreferrer">
              Read the full privacy notice of <bdi>{controller}</bdi>
            </a>
          </p>
        )}
        <h2 className="govuk-heading-m">What we keep</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            your answers about what happened, the child’s first name or initials and their age or school year
          </li>
          <li>your name and contact details, only if you chose to give them</li>
          <li>messages between you and the safeguarding team</li>
        </ul>
        <p className="govuk-body">
          We do not keep your internet address, which device or browser you used, or anything else about how
          you used the service. We use no cookies for tracking and no analytics. We use two small cookies only
          to keep your answers while you fill in the form and to let you read your report after you enter your
          secret code. Your secret code is never stored: we keep only a scrambled version that cannot be
          turned back into the secret code.
        </p>
        <h2 className="govuk-heading-m">Who sees it</h2>
        <p className="govuk-body">
          The safeguarding team at the child’s school, or the area’s safeguarding team if we do not know the
          school. To keep a child safe they may share it with children’s social care, the police or health
          services. Other partnership staff only see counts, such as how many reports mention an app, with no
          details about anyone.
        </p>
        <h2 className="govuk-heading-m">Why we can use it</h2>
        <p className="govuk-body">
          Keeping children safe is a public task set by law (the Children Act 1989 and 2004). Information
          about a child’s safety is handled under the safeguarding rules in the Data Protection Act 2018.
        </p>
        <h2 className="govuk-heading-m">How long we keep it</h2>
        <p className="govuk-body">
          Answers you started but did not send are deleted after a few hours. Reports are kept as long as
          safeguarding records must be kept, then deleted.
        </p>
        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">
          You can ask to see the information we hold about you, and ask us to correct it. Contact the
          partnership’s data protection officer
          {brand.generalPhone && (
            <>
              , or call <PhoneLink number={brand.generalPhone} />
            </>
          )}
          . If you are unhappy with how we use your information, you can complain to the Information
          Commissioner’s Office (ICO).
        </p>
      </div>
    </div>
  );
}
