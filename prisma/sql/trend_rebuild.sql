-- trend_rebuild: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  TRUNCATE "TrendCell", "TrendMember";
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "month", "platformIds", "harmIds", "yearBand",
    "phase", "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(NULL);
  INSERT INTO "TrendCell" ("partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand", "phase",
    "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT "partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent",
    sum("concerns"), sum("opened"), sum("openSeconds"), sum("closed"), sum("closeSeconds")
  FROM (
    SELECT m."partnershipId", m."week", m."month", p.id AS "platformId", h.id AS "harmCategoryId", m."yearBand",
      m."phase", m."area", m."urgent", 1 AS "concerns", (m."openSeconds" IS NOT NULL)::int AS "opened",
      COALESCE(m."openSeconds", 0) AS "openSeconds", (m."closeSeconds" IS NOT NULL)::int AS "closed",
      COALESCE(m."closeSeconds", 0) AS "closeSeconds"
    FROM "TrendMember" m
    CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
    CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
    UNION ALL
    SELECT "partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent",
      "concerns", "opened", "openSeconds", "closed", "closeSeconds"
    FROM "TrendRetired"
  ) AS counted
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END
$function$;
