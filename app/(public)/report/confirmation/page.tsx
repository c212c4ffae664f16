import type { Metadata } from 'next';
import Link from 'next/link';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { getConfirmation } from '@/lib/reporting/get-confirmation';
import { keepCode } from '@/lib/reporting/keep-code-actions';
import { KeepCodeForm } from './keep-code-form';
import { PrintButton } from '@/components/print-button';
import { NextSteps } from './next-steps';
import { UrgentHelp } from './urgent-help';
import { PhoneLink } from '@/components/phone-link';

export const metadata: Metadata = { title: 'Report sent' };

export default async function ConfirmationPage() {
  const [sent, partnership] = await Promise.all([getConfirmation(), getPublicPartnership()]);
  const content = (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Report sent</h1>
        {sent && (
          <div className="govuk-panel__body">
            Your reference
            <br />
            <strong className="app-code" data-testid="reference">
              {sent.reference}
            </strong>
          </div>
        )}
      </div>
      {sent?.receipt ? <SecretCode code={sent.receipt} /> : <ThankYou />}
      {sent?.urgent && <UrgentHelp outOfHoursPhone={partnership?.outOfHoursPhone ?? null} />}
      <WhatHappensNext urgent={sent?.urgent === true} />
      {sent && <NextSteps steps={sent.nextSteps} partnershipId={partnership?.id ?? null} />}
    </>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {/* Leaving needs the code typed back; only this journey's cookie shows the code or takes it back. */}
        {sent?.receipt ? <KeepCodeForm action={keepCode}>{content}</KeepCodeForm> : content}
      </div>
    </div>
  );
}

function SecretCode({ code }: { code: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">Your secret code</h2>
      <p className="govuk-body-l app-code" data-testid="receipt">
        <strong>{code}</strong>
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Write down your reference and secret code now, or print this page. We cannot show or send you the
          secret code again. Keep it somewhere safe where nobody else will find it.
        </strong>
      </div>
      <PrintButton />
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href="/report/confirmation/proof">
          Print or save proof that you sent a report
        </Link>
      </p>
    </>
  );
}

function ThankYou() {
  return (
    <p className="govuk-body">
      Thank you. If you wrote down your reference and secret code, you can use them to check your report.
    </p>
  );
}

function WhatHappensNext({ urgent }: { urgent: boolean }) {
  return (
    <>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        {urgent
          ? 'The safeguarding team looks at urgent reports first.'
          : 'The safeguarding team reads reports on school days, usually by the end of the next school day. Urgent reports are looked at first.'}{' '}
        They may contact you if you gave your details.
      </p>
      <p className="govuk-body">
        To see what is happening, read messages from the team or add something you forgot,{' '}
        <Link className="govuk-link" href="/check">
          check your report
        </Link>{' '}
        with your reference and secret code.
      </p>
      <h2 className="govuk-heading-m">Help you can get now</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          If a child is in danger right now, call <PhoneLink number="999" />.
        </li>
        <li>
          The NSPCC helpline for adults worried about a child: call <PhoneLink number="0808 800 5000" />.
        </li>
        <li>
          Childline, for the child to talk to someone: call <PhoneLink number="0800 1111" />. It is free and
          private.
        </li>
        <li>
          <Link className="govuk-link" href="/advice">
            Our advice for parents and carers
          </Link>
        </li>
      </ul>
    </>
  );
}
