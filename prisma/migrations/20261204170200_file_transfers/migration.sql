-- CreateEnum
CREATE TYPE "FileTransferKind" AS ENUM ('ON_SERVICE', 'EMAILED_LINK');

-- CreateEnum
CREATE TYPE "FileTransferStatus" AS ENUM ('SENT', 'ACCEPTED', 'RETURNED', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConcernEventKind" ADD VALUE 'TRANSFER_SENT';
ALTER TYPE "ConcernEventKind" ADD VALUE 'TRANSFER_ACCEPTED';
ALTER TYPE "ConcernEventKind" ADD VALUE 'TRANSFER_RETURNED';
ALTER TYPE "ConcernEventKind" ADD VALUE 'TRANSFER_CANCELLED';

-- CreateTable
CREATE TABLE "FileTransfer" (
    "id" UUID NOT NULL,
    "kind" "FileTransferKind" NOT NULL DEFAULT 'ON_SERVICE',
    "status" "FileTransferStatus" NOT NULL DEFAULT 'SENT',
    "concernId" UUID NOT NULL,
    "fromPartnershipId" UUID NOT NULL,
    "fromSchoolId" UUID NOT NULL,
    "toSchoolId" UUID NOT NULL,
    "toPartnershipId" UUID NOT NULL,
    "childStartsOn" DATE NOT NULL,
    "note" TEXT,
    "sentById" UUID NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredById" UUID,
    "answeredAt" TIMESTAMPTZ(3),
    "returnReason" TEXT,
    "reminderSentAt" TIMESTAMPTZ(3),
    "overdueNoticeSentAt" TIMESTAMPTZ(3),

    CONSTRAINT "FileTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FileTransfer_concernId_idx" ON "FileTransfer"("concernId");

-- CreateIndex
CREATE INDEX "FileTransfer_toSchoolId_status_sentAt_idx" ON "FileTransfer"("toSchoolId", "status", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "FileTransfer_fromSchoolId_sentAt_idx" ON "FileTransfer"("fromSchoolId", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "FileTransfer_open_due_idx" ON "FileTransfer"("dueAt") WHERE ("status" = 'SENT');

-- CreateIndex
CREATE INDEX "FileTransfer_plain_text_idx" ON "FileTransfer"("id") WHERE (("note" IS NOT NULL AND "note" <> '' AND NOT "note" ~ '^enc:v[12]:') OR ("returnReason" IS NOT NULL AND "returnReason" <> '' AND NOT "returnReason" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE UNIQUE INDEX "FileTransfer_one_open_idx" ON "FileTransfer"("concernId") WHERE ("status" = 'SENT');

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_fromPartnershipId_fkey" FOREIGN KEY ("fromPartnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_toPartnershipId_fkey" FOREIGN KEY ("toPartnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_fromSchoolId_fkey" FOREIGN KEY ("fromSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_toSchoolId_fkey" FOREIGN KEY ("toSchoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
