-- audit_chain_field: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.audit_chain_field(v text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END
$function$;
