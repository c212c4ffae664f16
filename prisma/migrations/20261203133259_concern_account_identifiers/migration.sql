-- CreateTable
CREATE TABLE "ConcernAccountIdentifier" (
    "id" UUID NOT NULL,
    "concernId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "identifier" TEXT NOT NULL,
    "identifierHash" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConcernAccountIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConcernAccountIdentifier_partnershipId_platformId_identifie_idx" ON "ConcernAccountIdentifier"("partnershipId", "platformId", "identifierHash");

-- CreateIndex
CREATE INDEX "ConcernAccountIdentifier_platformId_idx" ON "ConcernAccountIdentifier"("platformId");

-- CreateIndex
CREATE INDEX "ConcernAccountIdentifier_plain_text_idx" ON "ConcernAccountIdentifier"("id") WHERE (("identifier" IS NOT NULL AND "identifier" <> '' AND NOT "identifier" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE UNIQUE INDEX "ConcernAccountIdentifier_concernId_platformId_identifierHas_key" ON "ConcernAccountIdentifier"("concernId", "platformId", "identifierHash");

-- AddForeignKey
ALTER TABLE "ConcernAccountIdentifier" ADD CONSTRAINT "ConcernAccountIdentifier_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernAccountIdentifier" ADD CONSTRAINT "ConcernAccountIdentifier_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
