-- AlterEnum
ALTER TYPE "ConcernEventKind" ADD VALUE 'PASSED_ON';

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "passedOnCount" SMALLINT NOT NULL DEFAULT 0,
ADD COLUMN     "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Every concern so far is still with the team it was sent to.
UPDATE "Concern" SET "receivedAt" = "submittedAt";

-- A new concern's team receives it when it is sent, whatever the insert said: the escalation clock starts
-- at submittedAt for a new concern and at the move for one passed on (lib/cases/pass-on-case.ts).
CREATE OR REPLACE FUNCTION concern_received_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."receivedAt" := NEW."submittedAt";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Concern_received_at" BEFORE INSERT ON "Concern"
  FOR EACH ROW EXECUTE FUNCTION concern_received_at();

-- CreateTable
CREATE TABLE "ConcernMove" (
    "id" UUID NOT NULL,
    "concernId" UUID NOT NULL,
    "fromPartnershipId" UUID NOT NULL,
    "fromSchoolId" UUID,
    "toPartnershipId" UUID NOT NULL,
    "toSchoolId" UUID,
    "byId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ConcernMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConcernMove_concernId_idx" ON "ConcernMove"("concernId");

-- CreateIndex
CREATE INDEX "ConcernMove_fromSchoolId_at_idx" ON "ConcernMove"("fromSchoolId", "at" DESC);

-- CreateIndex
CREATE INDEX "ConcernMove_front_door_out_idx" ON "ConcernMove"("fromPartnershipId", "at" DESC) WHERE ("fromSchoolId" IS NULL);

-- CreateIndex
CREATE INDEX "ConcernMove_plain_text_idx" ON "ConcernMove"("id") WHERE (("reason" IS NOT NULL AND "reason" <> '' AND NOT "reason" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "Concern_receivedAt_idx" ON "Concern"("receivedAt");

-- CreateIndex
CREATE INDEX "Concern_passed_on_often_idx" ON "Concern"("partnershipId", "lastActivityAt" DESC, "id") WHERE ("passedOnCount" >= 2);

-- AddForeignKey
ALTER TABLE "ConcernMove" ADD CONSTRAINT "ConcernMove_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernMove" ADD CONSTRAINT "ConcernMove_fromPartnershipId_fkey" FOREIGN KEY ("fromPartnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernMove" ADD CONSTRAINT "ConcernMove_toPartnershipId_fkey" FOREIGN KEY ("toPartnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernMove" ADD CONSTRAINT "ConcernMove_fromSchoolId_fkey" FOREIGN KEY ("fromSchoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernMove" ADD CONSTRAINT "ConcernMove_toSchoolId_fkey" FOREIGN KEY ("toSchoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernMove" ADD CONSTRAINT "ConcernMove_byId_fkey" FOREIGN KEY ("byId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
