-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConcernEventKind" ADD VALUE 'CHILD_LINKED';
ALTER TYPE "ConcernEventKind" ADD VALUE 'CHILD_UNLINKED';

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "childRecordId" UUID;

-- CreateTable
CREATE TABLE "ChildRecord" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "yearGroup" SMALLINT,
    "dateOfBirth" TEXT,
    "pupilId" TEXT,
    "nameKey" VARCHAR(80) NOT NULL,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChildRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChildRecord_schoolId_nameKey_yearGroup_idx" ON "ChildRecord"("schoolId", "nameKey", "yearGroup");

-- CreateIndex
CREATE INDEX "ChildRecord_schoolId_createdAt_idx" ON "ChildRecord"("schoolId", "createdAt");

-- CreateIndex
CREATE INDEX "ChildRecord_plain_text_idx" ON "ChildRecord"("id") WHERE (("name" IS NOT NULL AND "name" <> '' AND NOT "name" ~ '^enc:v[12]:') OR ("dateOfBirth" IS NOT NULL AND "dateOfBirth" <> '' AND NOT "dateOfBirth" ~ '^enc:v[12]:') OR ("pupilId" IS NOT NULL AND "pupilId" <> '' AND NOT "pupilId" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "Concern_childRecordId_idx" ON "Concern"("childRecordId");

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_childRecordId_fkey" FOREIGN KEY ("childRecordId") REFERENCES "ChildRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildRecord" ADD CONSTRAINT "ChildRecord_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildRecord" ADD CONSTRAINT "ChildRecord_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildRecord" ADD CONSTRAINT "ChildRecord_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ChildRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;
