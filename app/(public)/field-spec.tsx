// Question pages describe their fields as plain data, so a server page can hand them to the one client
// form that shows errors from the server action and from the same zod schema in the browser.
import { ChoiceGroup, Textarea, TextInput } from '@/components/forms/fields';

type Values = Record<string, string | string[] | undefined>;

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

export function Fields({
  fields,
  values,
  errors,
}: {
  fields: FieldSpec[];
  values: Values;
  errors: Record<string, string>;
}) {
  return fields.map((field) => <Field key={field.name} field={field} values={values} errors={errors} />);
}

function Field({
  field,
  values,
  errors,
}: {
  field: FieldSpec;
  values: Values;
  errors: Record<string, string>;
}) {
  const value = values[field.name];
  const single = Array.isArray(value) ? value[0] : value;
  if (field.kind === 'text') {
    const { kind: _kind, ...rest } = field;
    return <TextInput {...rest} defaultValue={single ?? ''} error={errors[field.name]} />;
  }
  if (field.kind === 'textarea') {
    const { kind: _kind, ...rest } = field;
    return <Textarea {...rest} defaultValue={single ?? ''} error={errors[field.name]} />;
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
      selected={value}
      choices={field.choices.map((c) => ({
        ...c,
        conditional: c.conditional ? (
          <Fields fields={c.conditional} values={values} errors={errors} />
        ) : undefined,
      }))}
    />
  );
}
