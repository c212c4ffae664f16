-- trend_members_now: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_members_now(only_concern uuid)
 RETURNS TABLE(m_concern uuid, m_partnership uuid, m_week date, m_month date, m_platforms uuid[], m_harms uuid[], m_year_band smallint, m_phase text, m_area text, m_urgent boolean, m_open_seconds bigint, m_close_seconds bigint)
 LANGUAGE sql
 STABLE
AS $function$
  SELECT c.id AS "concernId", c."partnershipId",
    date_trunc('week', c."submittedAt" AT TIME ZONE 'Europe/London')::date AS "week",
    date_trunc('month', c."submittedAt" AT TIME ZONE 'Europe/London')::date AS "month",
    COALESCE((SELECT array_agg(cp."platformId" ORDER BY cp."platformId") FROM "ConcernPlatform" cp
      WHERE cp."concernId" = c.id), '{}') AS "platformIds",
    COALESCE((SELECT array_agg(ch."harmCategoryId" ORDER BY ch."harmCategoryId") FROM "ConcernHarm" ch
      WHERE ch."concernId" = c.id), '{}') AS "harmIds",
    trend_year_band(c."childYear", c."childAge") AS "yearBand",
    COALESCE(s."phase"::text, 'NONE') AS "phase", COALESCE(s."town", s."localAuthority", '') AS "area",
    c."urgent",
    CASE WHEN c."firstOpenedAt" IS NOT NULL
      THEN GREATEST(0, floor(extract(epoch FROM c."firstOpenedAt" - c."submittedAt")))::bigint END AS "openSeconds",
    CASE WHEN c."closedAt" IS NOT NULL
      THEN GREATEST(0, floor(extract(epoch FROM c."closedAt" - c."submittedAt")))::bigint END AS "closeSeconds"
  FROM "Concern" c LEFT JOIN "School" s ON s.id = c."schoolId"
  WHERE only_concern IS NULL OR c.id = only_concern
$function$;
