-- AlterTable
ALTER TABLE "FileTransfer" ADD COLUMN     "fromChildRecordId" UUID;

-- CreateIndex
CREATE INDEX "FileTransfer_fromChildRecordId_idx" ON "FileTransfer"("fromChildRecordId");

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_fromChildRecordId_fkey" FOREIGN KEY ("fromChildRecordId") REFERENCES "ChildRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Transfers already made: the sending school's record, where the case is still linked to it there (an
-- accepted case left its record when it was accepted; that link is not recoverable here).
UPDATE "FileTransfer" t SET "fromChildRecordId" = c."childRecordId"
FROM "Concern" c
WHERE c.id = t."concernId" AND c."childRecordId" IS NOT NULL AND c."schoolId" = t."fromSchoolId";
