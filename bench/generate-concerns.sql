-- 10 million (or :n) concerns for one partnership, set-based. Triggers are off while loading
-- (session_replication_role = replica); the aggregates are then built in one pass by trend_rebuild().
-- Spread over three years, 8 towns, 40 schools, 12 platforms (one closed), 8 harm categories; each concern
-- names one or two platforms and one or two harms, as parents do.
SET session_replication_role = replica;

INSERT INTO "Partnership" (id, slug, name) VALUES ('00000000-0000-0000-0000-00000000b001', 'bench', 'Bench Partnership');
INSERT INTO "School" (id, "partnershipId", urn, name, town, phase, "localAuthority", "updatedAt")
SELECT ('00000000-0000-0000-0001-' || lpad(i::text, 12, '0'))::uuid, '00000000-0000-0000-0000-00000000b001',
  880000 + i, 'Bench School ' || i, 'Town ' || (i % 8),
  (ARRAY['PRIMARY', 'PRIMARY', 'SECONDARY', 'ALL_THROUGH'])[1 + i % 4]::"SchoolPhase", 'Benchshire', now()
FROM generate_series(1, 40) AS i;
INSERT INTO "Platform" (id, slug, name, "closedOn", "updatedAt")
SELECT ('00000000-0000-0000-0002-' || lpad(i::text, 12, '0'))::uuid, 'bench-p' || i, 'Bench platform ' || i,
  CASE WHEN i = 12 THEN DATE '2024-06-01' END, now()
FROM generate_series(1, 12) AS i;
INSERT INTO "HarmCategory" (id, slug, name, "updatedAt")
SELECT ('00000000-0000-0000-0003-' || lpad(i::text, 12, '0'))::uuid, 'bench-h' || i, 'Bench harm ' || i, now()
FROM generate_series(1, 8) AS i;

INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "schoolId", route, status, urgent, "childYear",
  happened, "stillHappening", "childKnows", description, "reporterRelationship", "submittedAt", "firstOpenedAt",
  "closedAt", "lastActivityAt")
SELECT ('00000000-0000-0000-0004-' || lpad(to_hex(i), 12, '0'))::uuid, 'B' || to_hex(i), 'x',
  '00000000-0000-0000-0000-00000000b001',
  CASE WHEN i % 10 = 0 THEN NULL ELSE ('00000000-0000-0000-0001-' || lpad((1 + i % 40)::text, 12, '0'))::uuid END,
  CASE WHEN i % 10 = 0 THEN 'FRONT_DOOR' ELSE 'SCHOOL' END::"ConcernRoute",
  CASE WHEN i % 3 = 0 THEN 'CLOSED' ELSE 'OPENED' END::"ConcernStatus", i % 17 = 0, (i * 7 % 14)::smallint,
  'THIS_WEEK', 'NOT_SURE', 'YES', 'bench', 'PARENT_OR_CARER', t, t + interval '3 hours',
  CASE WHEN i % 3 = 0 THEN t + interval '9 days' END, t
FROM (SELECT i, timestamptz '2024-01-01' + (i::float / :n) * interval '1095 days' AS t
      FROM generate_series(1, :n) AS i) AS s;

INSERT INTO "ConcernPlatform" ("concernId", "platformId")
SELECT ('00000000-0000-0000-0004-' || lpad(to_hex(i), 12, '0'))::uuid,
  ('00000000-0000-0000-0002-' || lpad((1 + (i * 7 + k * 5) % 12)::text, 12, '0'))::uuid
FROM generate_series(1, :n) AS i CROSS JOIN generate_series(0, 1) AS k
WHERE k = 0 OR i % 3 = 0;
INSERT INTO "ConcernHarm" ("concernId", "harmCategoryId")
SELECT ('00000000-0000-0000-0004-' || lpad(to_hex(i), 12, '0'))::uuid,
  ('00000000-0000-0000-0003-' || lpad((1 + (i * 3 + k * 3) % 8)::text, 12, '0'))::uuid
FROM generate_series(1, :n) AS i CROSS JOIN generate_series(0, 1) AS k
WHERE k = 0 OR i % 4 = 0;

SET session_replication_role = origin;
SELECT trend_rebuild();
ANALYZE;
