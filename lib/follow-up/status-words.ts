import type { ConcernStatus } from '@/lib/generated/prisma/enums';

export interface StatusWords {
  tag: 'Received' | 'Being looked at' | 'Closed';
  colour: 'blue' | 'yellow' | 'grey';
  sentence: string;
}

/** A concern's status as a parent would say it. Staff's finer steps are all "being looked at". */
export function statusInPlainWords(status: ConcernStatus): StatusWords {
  switch (status) {
    case 'NEW':
      return {
        tag: 'Received',
        colour: 'blue',
        sentence: 'Your report has arrived. The safeguarding team has not opened it yet.',
      };
    case 'CLOSED':
      return {
        tag: 'Closed',
        colour: 'grey',
        sentence:
          'The safeguarding team has finished looking at your report. You can still send them a message.',
      };
    default:
      return {
        tag: 'Being looked at',
        colour: 'yellow',
        sentence: 'The safeguarding team has read your report and is deciding or doing what is needed.',
      };
  }
}
