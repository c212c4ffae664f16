-- retention_due: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.retention_due(closed_at timestamp with time zone, submitted_at timestamp with time zone, child_age smallint, child_year smallint, keep_until_age integer, years_after_closure integer)
 RETURNS timestamp with time zone
 LANGUAGE sql
 STABLE
AS $function$
  SELECT CASE
    WHEN closed_at IS NULL THEN NULL
    WHEN COALESCE(child_age::int, child_year::int + 5) IS NULL
      THEN closed_at + make_interval(years => years_after_closure)
    ELSE GREATEST(closed_at,
      submitted_at + make_interval(years => keep_until_age - COALESCE(child_age::int, child_year::int + 5)))
  END
$function$;
