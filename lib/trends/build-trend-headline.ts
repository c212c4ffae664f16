import 'server-only';
import type { Db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { countReportedElsewhere } from './count-reported-elsewhere';
import { publishFigure, topNames, type PublishedFigure } from './describe-change';
import type { FilterOptions, TrendFilters } from './filters';
import { queryTrendHeadline, type RawChange } from './query-trend-headline';

export interface HeadlineFigure extends PublishedFigure {
  label: string;
  /** What the figure does and does not hold, when its label cannot say it all. */
  hint?: string;
}

/** The dashboard's first answer. Everything in it has passed through suppress.ts. */
export interface TrendHeadline {
  /** The whole periods counted, and the same length just before: first and last days. */
  span: { first: Date; last: Date };
  previous: { first: Date; last: Date };
  figures: HeadlineFigure[];
  /** The most-reported platforms and harms (several when they tie), or none when too few to say. */
  top: { label: string; figures: HeadlineFigure[] }[];
}

const DAY = 86_400_000;

/** Concerns sent through this site about another partnership's school, which that partnership handles. */
export const REPORTED_ELSEWHERE = 'Sent through this site about schools in other areas';

export async function buildTrendHeadline(
  db: Db,
  partnershipId: string,
  filters: TrendFilters,
  options: FilterOptions,
): Promise<TrendHeadline> {
  const t = getEnv().TRENDS_SUPPRESSION_THRESHOLD;
  const counts = await queryTrendHeadline(db, partnershipId, filters);
  const figure = (label: string, raw: RawChange) => ({ label, ...publishFigure(raw.now, raw.before, t) });
  const top = (label: string, byId: Map<string, RawChange>, names: { id: string; name: string }[]) => {
    const named = names
      .filter((o) => byId.has(o.id))
      .map((o) => ({ ...o, raw: byId.get(o.id) as RawChange }));
    const best = topNames(
      named.map((o) => ({ name: o.name, concerns: o.raw.now })),
      t,
    );
    const winners = named.filter((o) => best?.names.includes(o.name));
    return { label, figures: winners.map((o) => figure(o.name, o.raw)) };
  };
  const { first, after, previous } = counts.span;
  // Sent here about other partnerships' schools: one count, and only with no platform, harm, area or phase
  // chosen, since counts under each choice would break them down by what the site may not see.
  const unfiltered = !filters.platformId && !filters.harmCategoryId && !filters.area && !filters.phase;
  const elsewhere = unfiltered ? await countReportedElsewhere(db, partnershipId, counts.span) : null;
  return {
    span: { first, last: new Date(after.getTime() - DAY) },
    previous: { first: previous, last: new Date(first.getTime() - DAY) },
    figures: [
      figure('Concerns reported', counts.concerns),
      figure('Urgent concerns', counts.urgent),
      figure('Schools with a concern', counts.schools),
      ...(elsewhere
        ? [
            {
              ...figure(REPORTED_ELSEWHERE, elsewhere),
              hint: 'The partnership of each child’s school has these. They are not in the figures above.',
            },
          ]
        : []),
    ],
    top: [
      top('Most reported platform', counts.platforms, options.platforms),
      top('Most reported kind of harm', counts.harms, options.harms),
    ],
  };
}
