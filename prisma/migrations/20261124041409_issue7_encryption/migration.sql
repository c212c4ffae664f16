-- AlterTable
ALTER TABLE "StaffUser" ALTER COLUMN "totpSecret" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "Concern" ALTER COLUMN "schoolOther" SET DATA TYPE TEXT,
ALTER COLUMN "childName" SET DATA TYPE TEXT,
ALTER COLUMN "description" SET DATA TYPE TEXT,
ALTER COLUMN "reporterName" SET DATA TYPE TEXT,
ALTER COLUMN "reporterEmail" SET DATA TYPE TEXT,
ALTER COLUMN "reporterPhone" SET DATA TYPE TEXT,
ALTER COLUMN "reporterSafeTimes" SET DATA TYPE TEXT,
ALTER COLUMN "outcome" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "ConcernEvent" ALTER COLUMN "summary" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "Message" ALTER COLUMN "body" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "Referral" ALTER COLUMN "destinationOther" SET DATA TYPE TEXT,
ALTER COLUMN "theirReference" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "OutboxEmail" ALTER COLUMN "toAddress" SET DATA TYPE TEXT;

-- CreateTable
CREATE TABLE "DataKey" (
    "id" VARCHAR(40) NOT NULL,
    "purpose" VARCHAR(40) NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 1,
    "masterKeyId" VARCHAR(40) NOT NULL,
    "wrappedKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rewrappedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DataKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataKey_purpose_generation_key" ON "DataKey"("purpose", "generation");

-- The chronology stays append-only, with one exception for `npm run data:encrypt` (lib/encryption): a
-- summary or detail still in plain text may be replaced by ciphertext, and nothing else may change.
-- Deletes keep the original rule (function refuse_append_only_change, which also serves AuditEntry).
CREATE FUNCTION refuse_chronology_update() RETURNS trigger AS $$
BEGIN
  IF NEW.id = OLD.id AND NEW."concernId" = OLD."concernId" AND NEW.kind = OLD.kind
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW.at = OLD.at
     AND (NEW.summary = OLD.summary
          OR (OLD.summary NOT LIKE 'enc:v1:%' AND NEW.summary LIKE 'enc:v1:%'))
     AND (NEW.detail IS NOT DISTINCT FROM OLD.detail
          OR (jsonb_typeof(NEW.detail) = 'string' AND NEW.detail #>> '{}' LIKE 'enc:v1:%'
              AND NOT (jsonb_typeof(OLD.detail) = 'string' AND OLD.detail #>> '{}' LIKE 'enc:v1:%')))
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER "ConcernEvent_append_only" ON "ConcernEvent";
CREATE TRIGGER "ConcernEvent_append_only" BEFORE DELETE ON "ConcernEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER "ConcernEvent_append_only_update" BEFORE UPDATE ON "ConcernEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_chronology_update();
