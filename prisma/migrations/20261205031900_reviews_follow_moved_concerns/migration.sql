-- The reviews of a concern now belong to the partnership that holds it (lib/cases/move-to-partnership.ts).
-- Concerns moved to another partnership before that left theirs behind: an open one nobody could answer,
-- and all of them deleted if the first partnership left. Their protected values were already sealed again
-- under the new partnership's keys when the concern moved, so only the owner changes.
UPDATE "ReviewRequest" AS r
SET "partnershipId" = c."partnershipId"
FROM "Concern" AS c
WHERE c.id = r."concernId" AND r."partnershipId" <> c."partnershipId";
