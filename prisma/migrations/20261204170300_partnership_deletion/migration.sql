-- CreateEnum
CREATE TYPE "PartnershipDeletionStatus" AS ENUM ('REQUESTED', 'REFUSED', 'CONFIRMED', 'DONE');

-- CreateTable
CREATE TABLE "PartnershipDeletion" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "status" "PartnershipDeletionStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" VARCHAR(1000) NOT NULL,
    "requestedById" UUID,
    "requestedByName" VARCHAR(200) NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedByName" VARCHAR(200),
    "decidedAt" TIMESTAMPTZ(3),
    "refusalReason" VARCHAR(1000),
    "completedAt" TIMESTAMPTZ(3),
    "counts" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "PartnershipDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnershipDeletion_status_requestedAt_idx" ON "PartnershipDeletion"("status", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipDeletion_one_open" ON "PartnershipDeletion"("partnershipId") WHERE (status IN ('REQUESTED', 'CONFIRMED'));
