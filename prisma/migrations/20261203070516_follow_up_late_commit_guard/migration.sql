-- A parent's message or addition must never be stored after the app has told them it was not sent, just
-- as a report (migration late_commit_guard). Every follow-up write inserts one of these rows, so the same
-- deferred check refuses its COMMIT when it reaches a paused server after app.commit_by. Transactions that
-- do not set app.commit_by (staff changes, the worker) are not affected.
CREATE CONSTRAINT TRIGGER "Message_refuse_late_commit"
  AFTER INSERT ON "Message"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION refuse_late_commit();

CREATE CONSTRAINT TRIGGER "ConcernEvent_refuse_late_commit"
  AFTER INSERT ON "ConcernEvent"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION refuse_late_commit();
