'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { confirmAuthenticator } from '@/lib/auth/actions/confirm-authenticator';

export function SetUpForm({ setUp, home }: { setUp?: { qrCode: string; secret: string }; home?: string }) {
  const [state, action] = useActionState(confirmAuthenticator, emptyFormState);
  const codes = state.values?.recoveryCodes;
  const next = state.values?.home;
  if (Array.isArray(codes))
    return <RecoveryCodes codes={codes} home={typeof next === 'string' ? next : home} />;
  if (!setUp) return <AlreadySetUp home={home} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={state.fieldErrors} order={['code']} formError={state.formError} />
        <h1 className="govuk-heading-l">Set up your authenticator app</h1>
        <p className="govuk-body">
          Every time you sign in you will need a code from an authenticator app on your phone, as well as your
          password. This keeps the records of children safe even if someone learns your password.
        </p>
        <h2 className="govuk-heading-m">1. Scan this QR code with the app</h2>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server */}
        <img src={setUp.qrCode} alt="QR code for your authenticator app" width={200} height={200} />
        <p className="govuk-body">If you cannot scan it, type this key into the app instead:</p>
        <p className="govuk-body govuk-!-font-weight-bold" data-testid="totp-secret">
          <code>{setUp.secret}</code>
        </p>
        <h2 className="govuk-heading-m">2. Enter the code the app shows</h2>
        <form action={action} noValidate>
          <TextInput
            name="code"
            label="Code from your authenticator app"
            hint="The 6-digit code changes every 30 seconds."
            inputMode="numeric"
            autoComplete="one-time-code"
            width={5}
            maxLength={20}
            error={state.fieldErrors?.code}
          />
          <SubmitButton>Continue</SubmitButton>
        </form>
      </div>
    </div>
  );
}

/** `home`: the person's main page (lib/auth/staff-destinations.ts), else their account page. */
function RecoveryCodes({ codes, home = '/staff' }: { codes: string[]; home?: string | undefined }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Save your recovery codes</h1>
        <p className="govuk-body">
          Your authenticator app is set up. If you lose your phone, you can sign in with one of these codes
          instead. Each code works once. Keep them somewhere safe, away from your phone: we will not show them
          again.
        </p>
        <ul className="govuk-list govuk-!-font-weight-bold" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <Link className="govuk-button" href={home}>
          I have saved my codes – continue
        </Link>
      </div>
    </div>
  );
}

function AlreadySetUp({ home = '/staff' }: { home?: string | undefined }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your authenticator app is set up</h1>
        <Link className="govuk-button" href={home}>
          Continue
        </Link>
      </div>
    </div>
  );
}
