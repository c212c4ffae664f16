-- A front door's request to share a concern that is still waiting ends when the concern moves to another
-- partnership (lib/cases/move-to-partnership.ts). Concerns moved before that kept theirs: the new school no
-- longer sees or answers them, but the first front door's pattern page showed them as waiting for good.
DELETE FROM "ShareRequest" AS s
USING "Concern" AS c
WHERE c.id = s."concernId" AND s.status = 'PENDING' AND s."partnershipId" <> c."partnershipId";
