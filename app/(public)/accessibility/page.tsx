import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement' };

export default function AccessibilityPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          The partnership that runs this service wants as many people as possible to be able to use it. You
          should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>make the text bigger, up to 300%, without it spilling off the screen</li>
          <li>use it on a small phone screen</li>
          <li>use it with only a keyboard, or with speech recognition software</li>
          <li>use it with a screen reader</li>
          <li>use it with JavaScript turned off</li>
        </ul>
        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page
          is checked with automated accessibility tests each time the service changes. Automated tests do not
          find every problem, so we also check pages by hand.
        </p>
        <h2 className="govuk-heading-m">Telling us about a problem</h2>
        <p className="govuk-body">
          If you find a problem, or need information in another format, please contact the partnership. We
          will reply within 10 working days.
        </p>
        <h2 className="govuk-heading-m">Enforcement</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission enforces the Public Sector Bodies (Websites and Mobile
          Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we answer your
          complaint, contact the Equality Advisory and Support Service (EASS).
        </p>
        <h2 className="govuk-heading-m">Known problems</h2>
        <p className="govuk-body">We do not know of any at the moment.</p>
      </div>
    </div>
  );
}
