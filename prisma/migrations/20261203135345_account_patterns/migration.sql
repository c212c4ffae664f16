-- CreateTable
CREATE TABLE "AccountPattern" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "identifierHash" VARCHAR(100) NOT NULL,
    "foundAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastMatchedAt" TIMESTAMPTZ(3) NOT NULL,
    "notifiedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AccountPattern_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountPattern_partnershipId_lastMatchedAt_idx" ON "AccountPattern"("partnershipId", "lastMatchedAt");

-- CreateIndex
CREATE INDEX "AccountPattern_platformId_idx" ON "AccountPattern"("platformId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountPattern_partnershipId_platformId_identifierHash_key" ON "AccountPattern"("partnershipId", "platformId", "identifierHash");

-- AddForeignKey
ALTER TABLE "AccountPattern" ADD CONSTRAINT "AccountPattern_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
