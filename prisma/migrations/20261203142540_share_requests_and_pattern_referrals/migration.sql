-- CreateEnum
CREATE TYPE "ShareRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "PatternReferralAgency" AS ENUM ('POLICE', 'CEOP');

-- CreateTable
CREATE TABLE "ShareRequest" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "patternId" UUID NOT NULL,
    "concernId" UUID NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ShareRequestStatus" NOT NULL DEFAULT 'PENDING',
    "answeredById" UUID,
    "answeredAt" TIMESTAMPTZ(3),
    "reason" VARCHAR(1000),

    CONSTRAINT "ShareRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatternReferral" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "patternId" UUID NOT NULL,
    "agency" "PatternReferralAgency" NOT NULL,
    "referredTo" VARCHAR(200) NOT NULL,
    "theirReference" VARCHAR(100),
    "referredOn" DATE NOT NULL,
    "referredById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatternReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShareRequest_concernId_status_idx" ON "ShareRequest"("concernId", "status");

-- CreateIndex
CREATE INDEX "ShareRequest_partnershipId_status_idx" ON "ShareRequest"("partnershipId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ShareRequest_patternId_concernId_key" ON "ShareRequest"("patternId", "concernId");

-- CreateIndex
CREATE INDEX "PatternReferral_patternId_idx" ON "PatternReferral"("patternId");

-- CreateIndex
CREATE INDEX "PatternReferral_partnershipId_createdAt_idx" ON "PatternReferral"("partnershipId", "createdAt");

-- AddForeignKey
ALTER TABLE "ShareRequest" ADD CONSTRAINT "ShareRequest_patternId_fkey" FOREIGN KEY ("patternId") REFERENCES "AccountPattern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareRequest" ADD CONSTRAINT "ShareRequest_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatternReferral" ADD CONSTRAINT "PatternReferral_patternId_fkey" FOREIGN KEY ("patternId") REFERENCES "AccountPattern"("id") ON DELETE CASCADE ON UPDATE CASCADE;
