-- AlterTable
ALTER TABLE "Platform" ADD COLUMN     "reportSteps" VARCHAR(200)[] DEFAULT ARRAY[]::VARCHAR(200)[],
ADD COLUMN     "reportUrl" VARCHAR(500);

-- AlterTable
ALTER TABLE "PartnershipPlatform" ADD COLUMN     "reportSteps" VARCHAR(200)[] DEFAULT ARRAY[]::VARCHAR(200)[],
ADD COLUMN     "reportUrl" VARCHAR(500);

-- The link is drawn as a link for parents: whatever writes it, only https reaches the page.
ALTER TABLE "Platform" ADD CONSTRAINT "Platform_reportUrl_https" CHECK ("reportUrl" ~ '^https://[^/@:]+\.[A-Za-z]{2,63}([/?#]|$)'),
ADD CONSTRAINT "Platform_reportSteps_few" CHECK (cardinality("reportSteps") <= 3);
ALTER TABLE "PartnershipPlatform" ADD CONSTRAINT "PartnershipPlatform_reportUrl_https" CHECK ("reportUrl" ~ '^https://[^/@:]+\.[A-Za-z]{2,63}([/?#]|$)'),
ADD CONSTRAINT "PartnershipPlatform_reportSteps_few" CHECK (cardinality("reportSteps") <= 3);
