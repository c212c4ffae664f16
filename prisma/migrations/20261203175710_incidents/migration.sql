-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConcernEventKind" ADD VALUE 'INCIDENT_JOINED';
ALTER TYPE "ConcernEventKind" ADD VALUE 'INCIDENT_LEFT';

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "incidentId" UUID;

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Incident_partnershipId_createdAt_idx" ON "Incident"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "Incident_plain_text_idx" ON "Incident"("id") WHERE ("title" IS NOT NULL AND "title" <> '' AND NOT "title" ~ '^enc:v[12]:');

-- CreateIndex
CREATE INDEX "Concern_incidentId_idx" ON "Concern"("incidentId");

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
