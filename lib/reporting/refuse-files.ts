import type { FormState } from '@/lib/actions/form-state';

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export const FILES_REFUSED =
  'This service does not take pictures, videos or other files, and nothing was saved. Describe what you saw in words instead.';

/** No public form takes a file: a request carrying one is refused whole, before anything is stored. */
export function refuseFiles(action: FormAction): FormAction {
  return async (previous, formData) => {
    for (const value of formData.values()) {
      if (typeof value !== 'string') return { formError: FILES_REFUSED };
    }
    return action(previous, formData);
  };
}
