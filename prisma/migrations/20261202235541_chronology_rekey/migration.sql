-- The chronology stays append-only, with two exceptions, both for lib/encryption: a summary or detail still
-- in plain text may be replaced by ciphertext (the data migration), and ciphertext may be replaced by
-- ciphertext under a newer data key of the chronology (`npm run keys:rotate-data`). Nothing else may change.
CREATE FUNCTION chronology_rekeyed(old_value text, new_value text) RETURNS boolean AS $$
  SELECT COALESCE(old_value LIKE 'enc:v1:%' AND new_value LIKE 'enc:v1:%'
    AND (SELECT generation FROM "DataKey" WHERE purpose = 'ConcernEvent' AND id = split_part(new_value, ':', 3))
      > (SELECT generation FROM "DataKey" WHERE purpose = 'ConcernEvent' AND id = split_part(old_value, ':', 3)),
    false)
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION refuse_chronology_update() RETURNS trigger AS $$
BEGIN
  IF NEW.id = OLD.id AND NEW."concernId" = OLD."concernId" AND NEW.kind = OLD.kind
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW.at = OLD.at
     AND (NEW.summary = OLD.summary
          OR (OLD.summary NOT LIKE 'enc:v1:%' AND NEW.summary LIKE 'enc:v1:%')
          OR chronology_rekeyed(OLD.summary, NEW.summary))
     AND (NEW.detail IS NOT DISTINCT FROM OLD.detail
          OR (jsonb_typeof(NEW.detail) = 'string' AND NEW.detail #>> '{}' LIKE 'enc:v1:%'
              AND NOT (jsonb_typeof(OLD.detail) = 'string' AND OLD.detail #>> '{}' LIKE 'enc:v1:%'))
          OR (jsonb_typeof(NEW.detail) = 'string' AND jsonb_typeof(OLD.detail) = 'string'
              AND chronology_rekeyed(OLD.detail #>> '{}', NEW.detail #>> '{}')))
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
