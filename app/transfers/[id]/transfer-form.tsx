'use client';
// One answer to a transfer (accept, return, cancel). It works without JavaScript (a plain POST to the
// server action); errors come back as a GOV.UK error summary and a message at the field.
import { useActionState } from 'react';
import { typedValue, type FormState } from '@/lib/actions/form-state';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, Textarea } from '@/components/forms/fields';

export function TransferForm({
  id,
  action,
  transferId,
  submit,
  reason,
  secondary,
}: {
  id: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  transferId: string;
  submit: string;
  /** A reason to give, as the return asks. */
  reason?: { name: string; label: string; hint: string };
  secondary?: boolean;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate id={id} data-testid={id}>
      <ErrorSummary
        errors={state.fieldErrors}
        formError={state.formError}
        order={reason ? [reason.name] : []}
      />
      {state.ok && state.message && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{state.message}</p>
          </div>
        </div>
      )}
      <input type="hidden" name="transferId" value={transferId} />
      {reason && (
        <Textarea
          {...reason}
          maxLength={1000}
          rows={3}
          defaultValue={typedValue(state, reason.name)}
          error={state.fieldErrors?.[reason.name]}
        />
      )}
      <SubmitButton secondary={secondary}>{submit}</SubmitButton>
    </form>
  );
}
