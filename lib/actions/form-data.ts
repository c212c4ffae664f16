import type { z } from 'zod';

/**
 * FormData → plain object for zod. Repeated names (checkboxes) become arrays; files are dropped here and
 * refused by the route (no form in this service accepts a file). Names starting with "$" are React's own.
 * Text is cleaned of what Postgres cannot keep as text (NUL; half of a surrogate pair, which would be
 * stored as "�"), so hostile input is stored as the text it is instead of failing the whole request.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    // "$ACTION_…" fields are React's own, posted when a form is sent before (or without) JavaScript.
    if (typeof raw !== 'string' || key.startsWith('$') || key in Object.prototype) continue;
    const value = storableText(raw);
    // Own keys only: "valueOf" or "toString" must not pick up Object.prototype's functions, which React
    // cannot send back to the browser with the answers (a 500 instead of the error summary).
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** Text as Postgres can store it: no NUL characters, no unpaired surrogates. */
export function storableText(value: string): string {
  return value.replaceAll('\u0000', '').toWellFormed();
}

/** zod issues → one message per field (the first), keyed by the field's name. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    out[key] ??= issue.message;
  }
  return out;
}
