-- trend_year_band: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_year_band(child_year smallint, child_age smallint)
 RETURNS smallint
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT (CASE
    WHEN child_year IS NULL AND child_age IS NULL THEN 0
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 2 THEN 1
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 6 THEN 2
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 9 THEN 3
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 11 THEN 4
    ELSE 5
  END)::smallint
$function$;
