-- trend_apply: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_apply(m "TrendMember", sign integer)
 RETURNS void
 LANGUAGE sql
AS $function$
  INSERT INTO "TrendCell" AS c ("partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand",
    "phase", "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", m."month", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent", sign,
    sign * (m."openSeconds" IS NOT NULL)::int, sign * COALESCE(m."openSeconds", 0),
    sign * (m."closeSeconds" IS NOT NULL)::int, sign * COALESCE(m."closeSeconds", 0)
  FROM unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  ORDER BY p.id, h.id
  ON CONFLICT ("partnershipId", "platformId", "harmCategoryId", "week", "month", "yearBand", "phase", "area",
    "urgent")
  DO UPDATE SET "concerns" = c."concerns" + EXCLUDED."concerns", "opened" = c."opened" + EXCLUDED."opened",
    "openSeconds" = c."openSeconds" + EXCLUDED."openSeconds", "closed" = c."closed" + EXCLUDED."closed",
    "closeSeconds" = c."closeSeconds" + EXCLUDED."closeSeconds"
$function$;
