-- CreateTable
CREATE TABLE "PartnershipPlatform" (
    "partnershipId" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "offered" BOOLEAN NOT NULL DEFAULT true,
    "advice" VARCHAR(5000),
    "privacyAdvice" VARCHAR(3000),
    "reportingAdvice" VARCHAR(3000),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "PartnershipPlatform_pkey" PRIMARY KEY ("partnershipId","platformId")
);

-- CreateIndex
CREATE INDEX "PartnershipPlatform_platformId_idx" ON "PartnershipPlatform"("platformId");

-- AddForeignKey
ALTER TABLE "PartnershipPlatform" ADD CONSTRAINT "PartnershipPlatform_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPlatform" ADD CONSTRAINT "PartnershipPlatform_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Until now the advice on Platform was written by partnership staff: it becomes each existing partnership's
-- own text, so what their parents read does not change. Platform keeps it as the national default, shown
-- to a partnership added later until it writes its own.
INSERT INTO "PartnershipPlatform" ("partnershipId", "platformId", "offered", "advice", "privacyAdvice", "reportingAdvice", "updatedAt")
SELECT pa."id", pl."id", true, pl."advice", pl."privacyAdvice", pl."reportingAdvice", CURRENT_TIMESTAMP
FROM "Partnership" pa CROSS JOIN "Platform" pl
WHERE pl."advice" IS NOT NULL OR pl."privacyAdvice" IS NOT NULL OR pl."reportingAdvice" IS NOT NULL;
