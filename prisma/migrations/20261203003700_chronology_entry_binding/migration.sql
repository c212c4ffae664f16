-- Chronology entries are sealed bound to themselves (format enc:v2, bound to the entry's id) instead of to
-- their concern (enc:v1), so one entry's ciphertext swapped into another fails to decrypt. The chronology
-- stays append-only, with the exceptions lib/encryption needs: a summary or detail still in plain text may
-- be replaced by v2 ciphertext (the data migration), and ciphertext may be re-sealed as v2 under a newer data
-- key, or under the same key from v1 to v2 (`npm run keys:rotate-data`). Never back from v2 to v1.
CREATE OR REPLACE FUNCTION chronology_rekeyed(old_value text, new_value text) RETURNS boolean AS $$
  SELECT COALESCE(old_value ~ '^enc:v[12]:' AND new_value LIKE 'enc:v2:%'
    AND (g.new_generation > g.old_generation
         OR (g.new_generation = g.old_generation AND old_value LIKE 'enc:v1:%')),
    false)
  FROM (SELECT
    (SELECT generation FROM "DataKey" WHERE purpose = 'ConcernEvent' AND id = split_part(new_value, ':', 3))
      AS new_generation,
    (SELECT generation FROM "DataKey" WHERE purpose = 'ConcernEvent' AND id = split_part(old_value, ':', 3))
      AS old_generation) AS g
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION refuse_chronology_update() RETURNS trigger AS $$
BEGIN
  IF NEW.id = OLD.id AND NEW."concernId" = OLD."concernId" AND NEW.kind = OLD.kind
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW.at = OLD.at
     AND (NEW.summary = OLD.summary
          OR (OLD.summary !~ '^enc:v[12]:' AND NEW.summary LIKE 'enc:v2:%')
          OR chronology_rekeyed(OLD.summary, NEW.summary))
     AND (NEW.detail IS NOT DISTINCT FROM OLD.detail
          OR (jsonb_typeof(NEW.detail) = 'string' AND NEW.detail #>> '{}' LIKE 'enc:v2:%'
              AND NOT (jsonb_typeof(OLD.detail) = 'string' AND OLD.detail #>> '{}' ~ '^enc:v[12]:'))
          OR (jsonb_typeof(NEW.detail) = 'string' AND jsonb_typeof(OLD.detail) = 'string'
              AND chronology_rekeyed(OLD.detail #>> '{}', NEW.detail #>> '{}')))
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
