-- AlterTable
ALTER TABLE "HarmCategory" ADD COLUMN     "isOther" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "harmOther" TEXT,
ADD COLUMN     "relationshipOther" TEXT;

-- The seeded "Something else" kind of harm (slug 'other', which never changes) is the "something else" choice.
UPDATE "HarmCategory" SET "isOther" = true WHERE "slug" = 'other';
