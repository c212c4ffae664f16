import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { createTranslator } from 'use-intl/core';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import { requestLogger } from '@/lib/log';
import en from '@/messages/en.json';
import type { FormState } from './form-state';
import { formDataToObject, zodFieldErrors } from './form-data';

/** Thrown inside `run` for a problem the user can fix; its message is shown to them as it is. */
export { UserFacingError };

export interface ActionContext {
  requestId: string;
}

/**
 * The one action wrapper: validate (strict zod) → authorise (the `authorise` hook: staff actions pass
 * lib/auth's check, public actions pass nothing) → run → return a safe result. Unexpected errors are logged
 * with a reference and reach the user only as a generic sentence carrying that reference (catalogue
 * `errorPage.unexpected`: English, or the parent's language for a public action that passes
 * `unexpectedError`; lib/actions sits below lib/i18n, so the caller brings the translation).
 * Audit entries are written by `run`, inside the same transaction as the change.
 */
export function defineAction<Schema extends z.ZodType, Actor>(options: {
  name: string;
  schema: Schema;
  authorise: () => Promise<Actor>;
  /** A public form's "something went wrong" in the parent's language (lib/i18n/parent-say.ts). */
  unexpectedError?: (reference: string) => Promise<string>;
  /** Fields never echoed back after an error (passwords, codes). */
  secretFields?: string[];
  run: (input: z.infer<Schema>, actor: Actor, context: ActionContext) => Promise<FormState | void>;
}) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const requestId = (await headers()).get('x-request-id') ?? randomUUID();
    const log = requestLogger(requestId);
    // React's own fields ($ACTION_REF_1, $ACTION_KEY…) ride along in the FormData of a hydrated form;
    // they are not the user's input, and a strict schema would otherwise refuse every submission.
    const raw = Object.fromEntries(
      Object.entries(formDataToObject(formData)).filter(([key]) => !key.startsWith('$')),
    );
    const values = Object.fromEntries(
      Object.entries(raw).filter(([key]) => !(options.secretFields ?? []).includes(key)),
    );
    const actor = await options.authorise();
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), values };
    try {
      const result = await options.run(parsed.data, actor, { requestId });
      log.info({ action: options.name, outcome: 'ok' }, 'action');
      return result ?? { ok: true };
    } catch (error) {
      if (error instanceof UserFacingError) {
        return error.field
          ? { fieldErrors: { [error.field]: error.message }, values }
          : { formError: error.message, values };
      }
      // A record missing or out of scope: the same "not found" page as a page gives for it.
      if (error instanceof NotFoundError) notFound();
      // Rethrow Next's own control flow (redirect(), notFound()).
      if (isNextControlFlow(error)) throw error;
      log.error({ action: options.name, outcome: 'error', err: safeError(error) }, 'action failed');
      const reference = requestId.slice(0, 8);
      const english = ENGLISH('unexpected', { reference });
      const formError = options.unexpectedError
        ? await options.unexpectedError(reference).catch(() => english)
        : english;
      return { formError, values };
    }
  };
}

const ENGLISH = createTranslator({ locale: 'en', messages: en, namespace: 'errorPage' });

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return (
    typeof digest === 'string' &&
    (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'))
  );
}

/** Error class and code only: messages from drivers can quote the values that failed. */
function safeError(error: unknown): { type: string; code?: string } {
  const e = error as { name?: string; code?: string };
  return { type: e?.name ?? typeof error, code: typeof e?.code === 'string' ? e.code : undefined };
}
