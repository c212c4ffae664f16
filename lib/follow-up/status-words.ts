import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import { ENGLISH, type Say } from '@/lib/i18n/say';

export interface StatusWords {
  /** Received, being looked at or closed, in the parent's language (catalogue `followUp.statusWords`). */
  tag: string;
  colour: 'blue' | 'yellow' | 'grey';
  sentence: string;
}

/** A concern's status as a parent would say it. Staff's finer steps are all "being looked at". */
export function statusInPlainWords(status: ConcernStatus, say: Say = ENGLISH): StatusWords {
  const [key, colour] =
    status === 'NEW'
      ? (['received', 'blue'] as const)
      : status === 'CLOSED'
        ? (['closed', 'grey'] as const)
        : (['lookedAt', 'yellow'] as const);
  return {
    tag: say(`followUp.statusWords.${key}.tag`),
    colour,
    sentence: say(`followUp.statusWords.${key}.sentence`),
  };
}
