'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, Textarea, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { createWarning } from '../actions';
import { SelectField } from '@/components/forms/select-field';

const ORDER = ['title', 'platform', 'language', 'whatToKnow', 'whatToDo', 'publishFrom', 'publishUntil'];

export function WarningForm({
  platforms,
  languages,
}: {
  platforms: { slug: string; name: string }[];
  /** The languages the partnership offers its parents, English first. */
  languages: { value: string; text: string }[];
}) {
  const [state, formAction] = useActionState(createWarning, emptyFormState);
  const e = state.fieldErrors ?? {};
  const v = (name: string) => {
    const value = state.values?.[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={e} order={ORDER} formError={state.formError} />
      <h1 className="govuk-heading-xl">Write a warning for parents</h1>
      <TextInput name="title" label="Title" defaultValue={v('title')} error={e.title} maxLength={120} />
      <SelectField
        name="platform"
        label="Platform"
        value={v('platform')}
        error={e.platform}
        options={[
          { value: '', text: 'Not about one platform' },
          ...platforms.map((p) => ({ value: p.slug, text: p.name })),
        ]}
      />
      {languages.length > 1 && (
        <SelectField
          name="language"
          label="Language it is written in"
          hint="Parents reading the site in another language are told which language the warning is in."
          value={v('language') ?? 'en'}
          error={e.language}
          options={languages}
        />
      )}
      <Textarea
        name="whatToKnow"
        label="What parents should know"
        hint="Use plain words. Leave a blank line between paragraphs. Start a line with a dash and a space (- ) to make a list."
        defaultValue={v('whatToKnow')}
        error={e.whatToKnow}
        maxLength={3000}
      />
      <Textarea
        name="whatToDo"
        label="What parents should do"
        defaultValue={v('whatToDo')}
        error={e.whatToDo}
        maxLength={3000}
      />
      <TextInput
        name="publishFrom"
        label="Publish from (optional)"
        hint="For example, 1/12/2026. Leave empty to save a draft that parents cannot see."
        defaultValue={v('publishFrom')}
        error={e.publishFrom}
        width={10}
      />
      <TextInput
        name="publishUntil"
        label="Publish until (optional)"
        hint="For example, 31/1/2027. Leave empty to keep it up until you withdraw it."
        defaultValue={v('publishUntil')}
        error={e.publishUntil}
        width={10}
      />
      <SubmitButton>Save warning</SubmitButton>
    </form>
  );
}
