import Link from 'next/link';
import { PlatformWarnings } from '@/components/platform-warnings';
import { PhoneLink } from '@/components/phone-link';

export default function StartPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Report a concern about a child online</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If a child is in danger right now, call <PhoneLink number="999" />.
          </strong>
        </div>
        <p className="govuk-body">
          Use this to tell your child’s school if something worrying happened to them online. For example,
          they saw sexual or violent things, a stranger contacted them, someone asked them for pictures, or
          they are being bullied or threatened.
        </p>
        <h2 className="govuk-heading-m">Who sees your report</h2>
        <p className="govuk-body">
          The safeguarding team at the child’s school. These are staff trained to keep children safe. If the
          child is not at a school here, or we do not know the school, the safeguarding team for the whole
          area reads it instead.
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          They usually read it by the end of the next school day. Urgent reports are read first. You can stay
          anonymous. You get a reference and a secret code so you can check your report, read messages and
          reply.
        </p>
        <p className="govuk-body">It takes about 10 minutes. You will not be asked for pictures or videos.</p>
        <Link
          href="/report/danger"
          role="button"
          draggable="false"
          className="govuk-button govuk-button--start"
          data-module="govuk-button"
        >
          Start now
          <svg
            className="govuk-button__start-icon"
            xmlns="http://www.w3.org/2000/svg"
            width="17.5"
            height="19"
            viewBox="0 0 33 40"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
        <PlatformWarnings />
        <h2 className="govuk-heading-m">This is not for</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            emergencies: call <PhoneLink number="999" />
          </li>
          <li>
            reporting a crime to the police: call <PhoneLink number="101" />, or <PhoneLink number="999" /> in
            an emergency
          </li>
          <li>worries about a member of school staff: contact the school’s head teacher or the council</li>
        </ul>
        <h2 className="govuk-heading-m">Already sent a report?</h2>
        <p className="govuk-body">
          <Link className="govuk-link" href="/check">
            Check or add to a report
          </Link>
        </p>
      </div>
      <div className="govuk-grid-column-one-third">
        <h2 className="govuk-heading-s">Help now</h2>
        <ul className="govuk-list">
          <li>
            NSPCC helpline: <PhoneLink number="0808 800 5000" />
          </li>
          <li>
            Childline (for children): <PhoneLink number="0800 1111" />
          </li>
          <li>
            <Link className="govuk-link" href="/advice">
              Advice for parents and carers
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
