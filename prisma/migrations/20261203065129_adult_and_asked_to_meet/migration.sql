-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "personWasAdult" "YesNoUnsure";

-- A national kind of harm for the "asked to meet" urgency rule (issue 22 item 4), by its slug, which never
-- changes. Added to a service that already offers kinds of harm, after the last one ("Something else" is
-- listed last whatever its place). An empty list is left empty: a new service gets its kinds of harm from
-- the seed or its administrators, as it gets the others.
INSERT INTO "HarmCategory" ("id", "slug", "name", "sortOrder", "updatedAt")
SELECT gen_random_uuid(), 'asked-to-meet', 'Someone asked to meet them in person', MAX("sortOrder") + 1, now()
FROM "HarmCategory"
HAVING COUNT(*) > 0
ON CONFLICT DO NOTHING;
