// The action wrapper is where a lib/ verb's NotFoundError becomes Next's "not found": the same 404 page an
// out-of-scope record always gave, with no Next.js control flow inside lib/.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { NotFoundError } from '@/lib/errors';

vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

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
});
