import 'server-only';
import { deadlineIn, transactionBefore } from '@/lib/db-deadline';
import { UserFacingError } from '@/lib/errors';
import type { PlatformResponse } from '@/lib/generated/prisma/enums';
import { PLATFORM_RESPONSE_LABELS } from '@/lib/reporting/answer-words';

/**
 * The parent's answers to "what happened when you reported it to …?", by platform id, for their own
 * concern (the one their session proved). Only the concern's own platforms: any other id is refused and
 * nothing is stored. An answer that changes is stored with today's date and a chronology entry, in
 * one transaction committed by `deadline` (the parent is waiting); the same answer again changes nothing.
 */
export async function savePlatformResponses(
  concernId: string,
  answers: Record<string, PlatformResponse>,
  deadline = deadlineIn(),
): Promise<void> {
  await transactionBefore(deadline, async (tx) => {
    const platforms = await tx.concernPlatform.findMany({
      where: { concernId, platformId: { in: Object.keys(answers) } },
      select: { platformId: true, platform: { select: { name: true } }, response: true },
    });
    if (platforms.length !== Object.keys(answers).length)
      throw new UserFacingError('That app or website is not on your report. Nothing was saved.');
    for (const { platformId, platform, response: before } of platforms) {
      const response = answers[platformId]!;
      if (before?.response === response) continue;
      await tx.concernPlatformResponse.upsert({
        where: { concernId_platformId: { concernId, platformId } },
        create: { concernId, platformId, response },
        update: { response, answeredAt: new Date() },
      });
      await tx.concernEvent.create({
        data: {
          concernId,
          kind: 'PLATFORM_RESPONSE',
          summary: `The reporter said what happened when they reported it to ${platform.name}: ${PLATFORM_RESPONSE_LABELS[response]}.`,
          detail: { platformId, response },
        },
      });
    }
  });
}
