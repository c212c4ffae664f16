import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import type { noteSchema } from './case-form-schemas';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/** Adds a note to the chronology. */
export function addCaseNote(user: SessionUser, input: z.infer<typeof noteSchema>) {
  return changeCase(
    user,
    input,
    'concern.note.add',
    withFollowOns(user, 'note', input.also, async () => ({
      event: { kind: 'NOTE', summary: input.note },
    })),
  );
}
