-- AlterTable
ALTER TABLE "PartnershipHost" ADD COLUMN     "primary" BOOLEAN NOT NULL DEFAULT false;

-- One primary address per partnership.
CREATE UNIQUE INDEX "PartnershipHost_one_primary" ON "PartnershipHost"("partnershipId") WHERE ("primary");

-- Each partnership's first address (the one given first at creation) becomes its primary one.
UPDATE "PartnershipHost" h SET "primary" = true
WHERE h.hostname = (
  SELECT first.hostname FROM "PartnershipHost" first
  WHERE first."partnershipId" = h."partnershipId"
  ORDER BY first."createdAt", first.hostname
  LIMIT 1
);
