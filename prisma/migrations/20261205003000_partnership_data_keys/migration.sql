-- DropIndex
DROP INDEX "DataKey_purpose_generation_key";

-- AlterTable
ALTER TABLE "DataKey" ADD COLUMN     "partnershipId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "DataKey_partnershipId_purpose_generation_key" ON "DataKey"("partnershipId", "purpose", "generation");

-- CreateIndex
CREATE UNIQUE INDEX "DataKey_service_wide_key" ON "DataKey"("purpose", "generation") WHERE ("partnershipId" IS NULL);

-- Data keys are per partnership (issue 16). A chronology entry is re-sealed when its case moves to another
-- partnership (under that partnership's key) and by `npm run keys:rotate-data` (from the per-table keys to
-- its partnership's, or to a newer generation). The chronology allows exactly that re-seal: ciphertext
-- replaced by v2 ciphertext under another chronology data key that exists, or under the same key from v1
-- to v2. Never plain text, never v2 back to v1, never other ciphertext under the same key.
CREATE OR REPLACE FUNCTION chronology_rekeyed(old_value text, new_value text) RETURNS boolean AS $$
  SELECT COALESCE(old_value ~ '^enc:v[12]:' AND new_value LIKE 'enc:v2:%'
    AND EXISTS (SELECT 1 FROM "DataKey"
                WHERE purpose = 'ConcernEvent' AND id = split_part(new_value, ':', 3))
    AND (split_part(new_value, ':', 3) <> split_part(old_value, ':', 3) OR old_value LIKE 'enc:v1:%'),
    false)
$$ LANGUAGE sql STABLE;
