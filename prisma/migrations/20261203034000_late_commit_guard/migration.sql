-- A parent's report must never be committed after the app has told the parent it was not sent. When the
-- database server is paused (or its machine stalls) with the COMMIT already on its way, the COMMIT is
-- processed whenever the server resumes, minutes later. The app sets app.commit_by (SET LOCAL) in the
-- transactions it bounds (lib/db-deadline.ts); this check runs inside COMMIT itself and refuses a commit
-- past that time. Transactions that do not set it are not affected.
CREATE OR REPLACE FUNCTION refuse_late_commit() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  commit_by text := current_setting('app.commit_by', true);
BEGIN
  IF commit_by IS NOT NULL AND commit_by <> '' AND clock_timestamp() > commit_by::timestamptz THEN
    RAISE EXCEPTION 'commit refused: past its deadline (%)', commit_by USING ERRCODE = '25P04';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Concern_refuse_late_commit"
  AFTER INSERT ON "Concern"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION refuse_late_commit();
