-- chronology_rekeyed: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.chronology_rekeyed(old_value text, new_value text)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$
  SELECT COALESCE(old_value ~ '^enc:v[12]:' AND new_value LIKE 'enc:v2:%'
    AND EXISTS (SELECT 1 FROM "DataKey"
                WHERE purpose = 'ConcernEvent' AND id = split_part(new_value, ':', 3))
    AND (split_part(new_value, ':', 3) <> split_part(old_value, ':', 3) OR old_value LIKE 'enc:v1:%'),
    false)
$function$;
