-- CreateTable
CREATE TABLE "CatalogueOverride" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "messages" JSONB NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CatalogueOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueOverride_partnershipId_locale_key" ON "CatalogueOverride"("partnershipId", "locale");

-- AddForeignKey
ALTER TABLE "CatalogueOverride" ADD CONSTRAINT "CatalogueOverride_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueOverride" ADD CONSTRAINT "CatalogueOverride_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
