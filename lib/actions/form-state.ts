// The shape every form action returns, shared by server and client. Plain data only.

export interface FormState {
  /** Set once the action has done its work. */
  ok?: boolean;
  /** Field name → message in GOV.UK wording ("Enter a description of what happened"). */
  fieldErrors?: Record<string, string>;
  /** A problem not tied to one field, in plain words. */
  formError?: string;
  /** What the user typed, to show again after an error (never secrets such as passwords). */
  values?: Record<string, string | string[]>;
  /** Anything the page shows after success. */
  message?: string;
}

export const emptyFormState: FormState = {};

/** What the user typed in a one-value field, to show again after an error; nothing once the action succeeded. */
export function typedValue(state: FormState, name: string): string | undefined {
  const v = state.ok ? undefined : state.values?.[name];
  return Array.isArray(v) ? v[0] : v;
}
