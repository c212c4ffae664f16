// The action wrapper is where a lib/ verb's NotFoundError becomes Next's "not found": the same 404 page an
// out-of-scope record always gave, with no Next.js control flow inside lib/.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { NotFoundError } from '@/lib/errors';
import { parentUnexpectedError } from '@/lib/i18n/parent-say';

vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  // The parent chose Welsh on an earlier page.
  cookies: async () => ({ get: (name: string) => (name.endsWith('language') ? { value: 'cy' } : undefined) }),
}));
vi.mock('@/lib/env', () => ({ getEnv: () => ({ APP_URL: 'https://example.test', LOG_LEVEL: 'silent' }) }));
// No partnership can be read (the database away): the request's catalogue is out of reach.
vi.mock('next-intl/server', () => ({
  getTranslations: async () => {
    throw new Error('database unreachable');
  },
}));

const action = (run: () => Promise<void>) =>
  defineAction({ name: 'test.action', schema: z.object({}).strict(), authorise: async () => null, run });

describe('defineAction', () => {
  it('answers a NotFoundError from the verb with Next’s "not found", not an error message', async () => {
    const thrown = await action(async () => {
      throw new NotFoundError();
    })({}, new FormData()).catch((error: unknown) => error);
    expect((thrown as { digest?: string }).digest).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('still answers any other failure with the generic message and a reference', async () => {
    const state = await action(async () => {
      throw new Error('connection refused on 10.0.0.5');
    })({}, new FormData());
    expect(state.formError).toMatch(/^Sorry, something went wrong and nothing was saved\./);
    expect(state.formError).not.toContain('10.0.0.5');
  });

  it('answers a public form’s failure in the parent’s language, from their choice when the partnership cannot be read', async () => {
    const parentAction = defineAction({
      name: 'test.public',
      schema: z.object({}).strict(),
      authorise: async () => null,
      unexpectedError: parentUnexpectedError,
      run: async () => {
        throw new Error('connection refused');
      },
    });
    const state = await parentAction({}, new FormData());
    expect(state.formError).toMatch(/^Mae’n ddrwg gennym, aeth rhywbeth o’i le/);
    expect(state.formError).toMatch(/: [0-9a-f]{8}$/);
    expect(state.formError).not.toMatch(/\{reference\}|errorPage\./);
  });
});
