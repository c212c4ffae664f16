import 'server-only';
import type { Tx } from '@/lib/db';
import { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import { harmCategoriesOf } from '@/lib/reference-data/harm-categories-of';
import { offeredTo } from '@/lib/reference-data/offered-platforms';
import { readRoute } from '@/lib/routing/read-route';
import { NO_SCHOOL } from './schemas';
import type { Answers } from './answers';

const FORGED = 'Something in your answers is not in our lists any more. Check your answers and try again.';

/**
 * The school, platforms and harm categories must be ones offered today: a forged or stale id is refused
 * before anything is stored. Platforms and harm categories are those the site's partnership (`partnershipId`,
 * from getPublicPartnership) offers, as its questions showed them. The school may be any active school on the
 * deployment (the search offers them all); its partnership, read here and never taken from the form, is the
 * one the concern goes to. Says which "something else" choices were made, and how the concern is routed.
 */
export async function checkAnswerIds(tx: Tx, partnershipId: string, answers: Answers, now = new Date()) {
  const school = answers.school ?? '';
  const ids = [school, ...(answers.platforms ?? []), ...(answers.harms ?? [])];
  if (ids.some((id) => !(NO_SCHOOL as readonly string[]).includes(id) && !isUuid(id)))
    throw new UserFacingError(FORGED);
  // The school is read with its route, team and names (readRoute): one statement checks it and routes it.
  const schoolId = (NO_SCHOOL as readonly string[]).includes(school) ? null : school;
  const routing = await readRoute(tx, { schoolId, partnershipId });
  if (schoolId && !routing.school?.active) throw new UserFacingError(FORGED);
  const platformIds = [...new Set(answers.platforms ?? [])];
  const platforms = await tx.platform.findMany({
    where: {
      id: { in: platformIds },
      OR: [{ closedOn: null }, { closedOn: { gt: now } }],
      ...offeredTo(partnershipId),
    },
    select: { id: true, isOther: true, slug: true },
  });
  if (platforms.length !== platformIds.length || platformIds.length === 0) throw new UserFacingError(FORGED);
  const harmIds = [...new Set(answers.harms ?? [])];
  const harms = await tx.harmCategory.findMany({
    where: { id: { in: harmIds }, active: true, ...harmCategoriesOf(partnershipId) },
    select: { id: true, isOther: true, slug: true },
  });
  if (harms.length !== harmIds.length || harmIds.length === 0) throw new UserFacingError(FORGED);
  return {
    /** Who receives the concern; its `partnershipId` is the school's, or the site's when no school on the
     * deployment was chosen. */
    routing,
    platformIds,
    harmIds,
    otherPlatformId: platforms.find((p) => p.isOther)?.id ?? null,
    /** The named platforms (not "something else"), for the next steps after sending. */
    platformSlugs: platforms.filter((p) => !p.isOther).map((p) => p.slug),
    /** Every chosen platform's slug by id, for reading the stranger's account links. */
    platformSlugById: new Map(platforms.map((p) => [p.id, p.slug])),
    otherHarmChosen: harms.some((h) => h.isOther),
    /** For the urgency rules, as this transaction sees the harm categories. */
    harmSlugs: harms.map((h) => h.slug),
  };
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;
