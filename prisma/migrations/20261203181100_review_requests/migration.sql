-- CreateEnum
CREATE TYPE "ReviewRequestStatus" AS ENUM ('OPEN', 'FINISHED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConcernEventKind" ADD VALUE 'REVIEW_REQUESTED';
ALTER TYPE "ConcernEventKind" ADD VALUE 'REVIEW_FINISHED';

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" UUID NOT NULL,
    "concernId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "status" "ReviewRequestStatus" NOT NULL DEFAULT 'OPEN',
    "finishedAt" TIMESTAMPTZ(3),
    "finishedById" UUID,
    "outcome" TEXT,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewRequest_concernId_askedAt_idx" ON "ReviewRequest"("concernId", "askedAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_partnershipId_status_idx" ON "ReviewRequest"("partnershipId", "status");

-- CreateIndex
CREATE INDEX "ReviewRequest_plain_text_idx" ON "ReviewRequest"("id") WHERE (("reason" IS NOT NULL AND "reason" <> '' AND NOT "reason" ~ '^enc:v[12]:') OR ("outcome" IS NOT NULL AND "outcome" <> '' AND NOT "outcome" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRequest_one_open" ON "ReviewRequest"("concernId") WHERE ("status" = 'OPEN');

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;
