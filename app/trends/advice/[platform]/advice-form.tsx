'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, Textarea, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { updatePlatformAdvice } from '../actions';

type Advice = {
  slug: string;
  name: string;
  advice: string;
  privacyAdvice: string;
  reportingAdvice: string;
  reportUrl: string;
  reportSteps: string;
};

export function AdviceForm({ platform }: { platform: Advice }) {
  const [state, formAction] = useActionState(updatePlatformAdvice, emptyFormState);
  const e = state.fieldErrors ?? {};
  const v = (name: keyof Advice) => {
    const value = state.values?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? platform[name];
  };
  const hint =
    'Leave a blank line between paragraphs. Start a line with a dash and a space (- ) to make a list.';
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={e}
        order={['advice', 'privacyAdvice', 'reportingAdvice', 'reportUrl', 'reportSteps']}
        formError={state.formError}
      />
      <h1 className="govuk-heading-xl">Advice for parents about {platform.name}</h1>
      <input type="hidden" name="platform" value={platform.slug} />
      <Textarea
        name="advice"
        label="What parents should know"
        hint={hint}
        defaultValue={v('advice')}
        error={e.advice}
        maxLength={5000}
      />
      <Textarea
        name="privacyAdvice"
        label="Privacy settings"
        defaultValue={v('privacyAdvice')}
        error={e.privacyAdvice}
        maxLength={3000}
      />
      <Textarea
        name="reportingAdvice"
        label="How to report on the platform"
        defaultValue={v('reportingAdvice')}
        error={e.reportingAdvice}
        maxLength={3000}
      />
      <TextInput
        name="reportUrl"
        label="Link to the platform’s own reporting page"
        hint="Leave it as it is to use the national link. It must start with https://."
        defaultValue={v('reportUrl')}
        error={e.reportUrl}
        maxLength={500}
      />
      <Textarea
        name="reportSteps"
        label="Steps to report it there"
        hint="Two or three short steps, each on its own line. Parents see the link and the steps after sending a report."
        defaultValue={v('reportSteps')}
        error={e.reportSteps}
        maxLength={1000}
      />
      <SubmitButton>Save advice</SubmitButton>
    </form>
  );
}
