-- CreateTable
CREATE TABLE "LanguageReview" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "reviewerName" VARCHAR(100) NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LanguageReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LanguageReview_partnershipId_locale_key" ON "LanguageReview"("partnershipId", "locale");

-- AddForeignKey
ALTER TABLE "LanguageReview" ADD CONSTRAINT "LanguageReview_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageReview" ADD CONSTRAINT "LanguageReview_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
