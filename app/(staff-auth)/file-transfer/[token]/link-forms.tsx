'use client';
// The two forms of an emailed transfer link's page: the passcode, then the receipt. Both work without
// JavaScript (a plain POST to the server action).
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState, typedValue } from '@/lib/actions/form-state';
import { confirmTransferReceipt, unlockTransferLink } from '@/lib/transfers/emailed-link-actions';

export function PasscodeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unlockTransferLink, emptyFormState);
  return (
    <form action={action} noValidate data-testid="passcode">
      <ErrorSummary errors={state.fieldErrors} order={['passcode']} formError={state.formError} />
      <input type="hidden" name="token" value={token} />
      <TextInput
        name="passcode"
        label="Passcode"
        hint="The school that sent the file gives you this by phone. For example, ABCD-EFGH-JKMN."
        error={state.fieldErrors?.passcode}
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        width={20}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}

export function ReceiptForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmTransferReceipt, emptyFormState);
  return (
    <form action={action} noValidate data-testid="receipt">
      <ErrorSummary
        errors={state.fieldErrors}
        order={['receiverName', 'receiverRole']}
        formError={state.formError}
      />
      <input type="hidden" name="token" value={token} />
      <TextInput
        name="receiverName"
        label="Your name"
        error={state.fieldErrors?.receiverName}
        defaultValue={typedValue(state, 'receiverName')}
        autoComplete="name"
        maxLength={200}
        width={30}
      />
      <TextInput
        name="receiverRole"
        label="Your role"
        hint="For example, designated safeguarding lead"
        error={state.fieldErrors?.receiverRole}
        defaultValue={typedValue(state, 'receiverRole')}
        autoComplete="organization-title"
        maxLength={200}
        width={30}
      />
      <SubmitButton>Confirm we have received it</SubmitButton>
    </form>
  );
}
