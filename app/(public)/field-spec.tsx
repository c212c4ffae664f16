// Question pages describe their fields as plain data, so a server page can hand them to the one client
// form that shows errors from the server action and from the same zod schema in the browser.
import { ChoiceGroup, Textarea, TextInput, type Registration } from '@/components/forms/fields';

type Values = Record<string, string | string[] | undefined>;
/** react-hook-form's `register`, or nothing (the fields then stay plain markup). */
type Register = (name: string) => Registration;

export type FieldSpec =
  | {
      kind: 'text';
      name: string;
      label: string;
      hint?: string;
      isPageHeading?: boolean;
      width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
      type?: 'text' | 'email' | 'tel' | 'search';
      autoComplete?: string;
      inputMode?: 'text' | 'numeric' | 'email' | 'tel';
      spellCheck?: boolean;
    }
  | {
      kind: 'textarea';
      name: string;
      label: string;
      hint?: string;
      isPageHeading?: boolean;
      maxLength: number;
      countWords?: { limit: string; i18n: Record<string, string> };
    }
  | {
      kind: 'choices';
      type: 'radio' | 'checkbox';
      name: string;
      legend: string;
      hint?: string;
      isPageHeading?: boolean;
      small?: boolean;
      choices: {
        value: string;
        label: string;
        hint?: string;
        dividerBefore?: boolean;
        conditional?: FieldSpec[];
      }[];
    };

/** Field names in page order, conditionals included: the error summary follows it. */
export function fieldOrder(fields: FieldSpec[]): string[] {
  return fields.flatMap((f) =>
    f.kind === 'choices' ? [f.name, ...f.choices.flatMap((c) => fieldOrder(c.conditional ?? []))] : [f.name],
  );
}

interface FieldsProps {
  values: Values;
  errors: Record<string, string>;
  register?: Register;
  errorPrefix?: string;
}

export function Fields({ fields, ...props }: FieldsProps & { fields: FieldSpec[] }) {
  return fields.map((field) => <Field key={field.name} field={field} {...props} />);
}

function Field({ field, values, errors, register, errorPrefix }: FieldsProps & { field: FieldSpec }) {
  const value = values[field.name];
  const single = Array.isArray(value) ? value[0] : value;
  const registration = register?.(field.name);
  if (field.kind === 'text') {
    const { kind: _kind, ...rest } = field;
    return (
      <TextInput
        {...rest}
        defaultValue={single ?? ''}
        error={errors[field.name]}
        errorPrefix={errorPrefix}
        registration={registration}
      />
    );
  }
  if (field.kind === 'textarea') {
    const { kind: _kind, ...rest } = field;
    return (
      <Textarea
        {...rest}
        defaultValue={single ?? ''}
        error={errors[field.name]}
        errorPrefix={errorPrefix}
        registration={registration}
      />
    );
  }
  return (
    <ChoiceGroup
      type={field.type}
      name={field.name}
      legend={field.legend}
      hint={field.hint}
      isPageHeading={field.isPageHeading}
      small={field.small}
      error={errors[field.name]}
      errorPrefix={errorPrefix}
      selected={value}
      registration={registration}
      choices={field.choices.map((c) => ({
        ...c,
        conditional: c.conditional ? (
          <Fields
            fields={c.conditional}
            values={values}
            errors={errors}
            register={register}
            errorPrefix={errorPrefix}
          />
        ) : undefined,
      }))}
    />
  );
}
