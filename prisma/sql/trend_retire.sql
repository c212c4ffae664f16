-- trend_retire: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_retire(concern_ids uuid[])
 RETURNS void
 LANGUAGE sql
AS $function$
  WITH gone AS (
    DELETE FROM "TrendMember" WHERE "concernId" = ANY (concern_ids) RETURNING *
  ), answers AS (
    INSERT INTO "PlatformResponseRetired" ("partnershipId", "platformId", "response", "week", "month",
      "harmIds", "phase", "area")
    SELECT m."partnershipId", a."platformId", a."response", m."week", m."month", m."harmIds", m."phase", m."area"
    FROM gone m JOIN "ConcernPlatformResponse" a ON a."concernId" = m."concernId"
    RETURNING 1
  )
  INSERT INTO "TrendRetired" AS r ("partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand",
    "phase", "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", m."month", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent",
    count(*), count(m."openSeconds"), COALESCE(sum(m."openSeconds"), 0), count(m."closeSeconds"),
    COALESCE(sum(m."closeSeconds"), 0)
  FROM gone m
  CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  -- In key order, so two retention workers lock shared cells in the same order and cannot deadlock.
  ORDER BY 1, 4, 5, 2, 3, 6, 7, 8, 9
  ON CONFLICT ("partnershipId", "platformId", "harmCategoryId", "week", "month", "yearBand", "phase", "area",
    "urgent")
  DO UPDATE SET "concerns" = r."concerns" + EXCLUDED."concerns", "opened" = r."opened" + EXCLUDED."opened",
    "openSeconds" = r."openSeconds" + EXCLUDED."openSeconds", "closed" = r."closed" + EXCLUDED."closed",
    "closeSeconds" = r."closeSeconds" + EXCLUDED."closeSeconds"
$function$;
