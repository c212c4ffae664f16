// The SQL behind the case list and the case page, written out by hand and sent with pg: the baseline the
// library's timings are compared with. Same statements, same order, same transaction boundaries.
import type pg from 'pg';

const ROW = `c.id, c.reference, c.status, c.urgent, c."urgencyReasons", c."riskLevel", c."submittedAt",
  c."firstOpenedAt", c."lastActivityAt", c."childAge", c."childYear", c."stillHappening", s.name AS school,
  u.name AS assignee
  FROM "Concern" c LEFT JOIN "School" s ON s.id = c."schoolId" LEFT JOIN "StaffUser" u ON u.id = c."assignedToId"`;

// As the list does it: unread reporter messages, platforms and harms for the page's rows only, in parallel.
async function unreadFor(pool: pg.Pool, ids: string[]) {
  if (ids.length === 0) return;
  await Promise.all([
    pool.query(
      `SELECT "concernId", count(*) FROM "Message" WHERE "concernId" = ANY($1) AND author = 'REPORTER' AND "readAt" IS NULL GROUP BY "concernId"`,
      [ids],
    ),
    pool.query(
      `SELECT cp."concernId", p.name FROM "ConcernPlatform" cp JOIN "Platform" p ON p.id = cp."platformId"
       WHERE cp."concernId" = ANY($1) ORDER BY p."sortOrder", p.name`,
      [ids],
    ),
    pool.query(
      `SELECT ch."concernId", h.name FROM "ConcernHarm" ch JOIN "HarmCategory" h ON h.id = ch."harmCategoryId"
       WHERE ch."concernId" = ANY($1) ORDER BY h."sortOrder", h.name`,
      [ids],
    ),
  ]);
}

/** Whose cases: a DSL's schools, or a partnership's front door (unrouted or escalated concerns). */
export type DirectScope = { schoolIds: string[] } | { partnershipId: string };

export async function directCaseList(
  pool: pg.Pool,
  reach: DirectScope,
  skip = 0,
  filter: { status?: string; risk?: string } = {},
) {
  // Only the conditions asked for, as Prisma writes them: `IN ($1, …)`, which for one school is a plain
  // equality and lets the planner read the page in index order (`= ANY($1)` with an array would sort).
  const { status, risk } = filter;
  const reachParams = 'schoolIds' in reach ? reach.schoolIds : [reach.partnershipId];
  const inList = reachParams.map((_, i) => `$${i + 1}`).join(', ');
  const scope = [
    'schoolIds' in reach
      ? `c."schoolId" IN (${inList})`
      : `c."partnershipId" IN (${inList}) AND (c.route = 'FRONT_DOOR' OR c."escalatedAt" IS NOT NULL)`,
    ...(risk ? [`c."riskLevel" = $${reachParams.length + 1}::"RiskLevel"`] : []),
  ];
  const scopeParams: unknown[] = [...reachParams, ...(risk ? [risk] : [])];
  const where = [...scope, ...(status ? [`c.status = $${scopeParams.length + 1}::"ConcernStatus"`] : [])];
  const params = [...scopeParams, ...(status ? [status] : [])];
  const next = params.length + 1;
  // A federation's and a front door's counts stop past the list's cap (lib/cases/list-cases.ts
  // CASE_COUNT_CAP), each status from its own index range, the unopened ones as far as the page needs. By
  // hand, the front door's reach is counted as its two parts (its own concerns, those escalated to it), each
  // from its index, as one statement.
  const risky = risk ? [`c."riskLevel" = $${reachParams.length + 1}::"RiskLevel"`] : [];
  const parts =
    'schoolIds' in reach
      ? [[`c."schoolId" IN (${inList})`]]
      : [
          [`c."partnershipId" = $1`, `c.route = 'FRONT_DOOR'`],
          [`c."partnershipId" = $1`, `c.route = 'SCHOOL'`, `c."escalatedAt" IS NOT NULL`],
        ];
  const upTo = (conditions: string[], limit: string) =>
    parts
      .map(
        (p) =>
          `(SELECT 1 FROM "Concern" c WHERE ${[...p, ...risky, ...conditions].join(' AND ')} LIMIT ${limit})`,
      )
      .join(' UNION ALL ');
  const statusWhere = status ? [`c.status = $${scopeParams.length + 1}::"ConcernStatus"`] : [];
  // One school's reach is counted exactly, as the app counts it (lib/cases/list-cases.ts countCases): by
  // status in one statement, and every unopened case.
  const [, unopened] = await Promise.all(
    'schoolIds' in reach && reach.schoolIds.length === 1
      ? [
          pool.query(
            `SELECT c.status, count(*) FROM "Concern" c WHERE ${scope.join(' AND ')} GROUP BY c.status`,
            scopeParams,
          ),
          pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM "Concern" c WHERE ${where.join(' AND ')} AND c."firstOpenedAt" IS NULL`,
            params,
          ),
        ]
      : [
          pool.query(
            `SELECT s.status, (SELECT count(*) FROM (${upTo(['c.status = s.status'], '1001')}) x)
             FROM unnest(enum_range(NULL::"ConcernStatus")) s(status)`,
            scopeParams,
          ),
          pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM (${upTo([...statusWhere, 'c."firstOpenedAt" IS NULL'], `$${next}`)}) x`,
            [...params, skip + 27],
          ),
        ],
  );
  const n = Number(unopened.rows[0]?.n ?? 0);
  // The page as the app reads it (lib/cases/list-cases.ts readSegment): each part of the reach (a school; the
  // front door's own concerns, those escalated to it) gives its first rows in the list's order from its own
  // index, and the parts are merged, in one statement. Over the whole reach at once, the database would
  // read and sort every case in it.
  const pageParts =
    'schoolIds' in reach
      ? reach.schoolIds.map((_, i) => [`c."schoolId" = $${i + 1}`])
      : [
          [`c."partnershipId" = $1`, `c.route = 'FRONT_DOOR'`],
          [`c."partnershipId" = $1`, `c.route = 'SCHOOL'`, `c."escalatedAt" IS NOT NULL`],
        ];
  const segment = (opened: string, order: string, limit: string, offset: string) =>
    `SELECT * FROM (${pageParts
      .map(
        (p) =>
          `(SELECT ${ROW} WHERE ${[...p, ...risky, ...statusWhere, opened].join(' AND ')} ORDER BY ${order
            .split(', ')
            .map((o) => `c.${o}`)
            .join(', ')} LIMIT ${limit}::int + ${offset}::int)`,
      )
      .join(' UNION ALL ')}) page ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  const ids: string[] = [];
  if (skip < n) {
    const page = await pool.query<{ id: string }>(
      segment('c."firstOpenedAt" IS NULL', 'urgent DESC, "lastActivityAt" DESC, id', '26', `$${next}`),
      [...params, skip],
    );
    ids.push(...page.rows.map((r) => r.id));
  }
  if (ids.length < 26) {
    const page = await pool.query<{ id: string }>(
      segment('c."firstOpenedAt" IS NOT NULL', '"lastActivityAt" DESC, id', `$${next}`, `$${next + 1}`),
      [...params, 26 - ids.length, Math.max(0, skip - n)],
    );
    ids.push(...page.rows.map((r) => r.id));
  }
  await unreadFor(pool, ids.slice(0, 25));
  return ids.slice(0, 25);
}

export async function directCasePage(pool: pg.Pool, schoolIds: string[], reference: string, actorId: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const found = await client.query<{ id: string; schoolId: string }>(
      `SELECT id, "schoolId" FROM "Concern" WHERE "schoolId" = ANY($1) AND reference = $2 LIMIT 1`,
      [schoolIds, reference],
    );
    const id = found.rows[0]?.id;
    await client.query(
      `UPDATE "Concern" SET "firstOpenedAt" = now(), version = version + 1 WHERE id = $1 AND "firstOpenedAt" IS NULL`,
      [id],
    );
    await client.query(
      `UPDATE "Message" SET "readAt" = now() WHERE "concernId" = $1 AND author = 'REPORTER' AND "readAt" IS NULL`,
      [id],
    );
    await client.query(
      `INSERT INTO "AuditEntry" ("actorId", action, subject, "subjectId", "concernId") VALUES ($1, 'concern.view', 'Concern', $2::text, $2::uuid)`,
      [actorId, id],
    );
    await client.query(
      `SELECT c.*, s.name, s.urn, u.name FROM "Concern" c LEFT JOIN "School" s ON s.id = c."schoolId" LEFT JOIN "StaffUser" u ON u.id = c."assignedToId" WHERE c.id = $1`,
      [id],
    );
    await client.query(
      `SELECT cp.*, p.name FROM "ConcernPlatform" cp JOIN "Platform" p ON p.id = cp."platformId" WHERE cp."concernId" = $1`,
      [id],
    );
    await client.query(
      `SELECT ch.*, h.name FROM "ConcernHarm" ch JOIN "HarmCategory" h ON h.id = ch."harmCategoryId" WHERE ch."concernId" = $1`,
      [id],
    );
    await client.query(
      `SELECT e.*, u.name FROM "ConcernEvent" e LEFT JOIN "StaffUser" u ON u.id = e."actorId" WHERE e."concernId" = $1 ORDER BY e.at, e.id`,
      [id],
    );
    await client.query(
      `SELECT m.*, u.name FROM "Message" m LEFT JOIN "StaffUser" u ON u.id = m."staffId" WHERE m."concernId" = $1 ORDER BY m."createdAt"`,
      [id],
    );
    await client.query(
      `SELECT r.*, u.name FROM "Referral" r JOIN "StaffUser" u ON u.id = r."referredById" WHERE r."concernId" = $1 ORDER BY r."referredOn"`,
      [id],
    );
    await client.query(
      `SELECT u.id, u.name FROM "StaffUser" u WHERE u.active AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m."schoolId" = $1 AND m.role IN ('DSL', 'DEPUTY_DSL')) ORDER BY u.name`,
      [found.rows[0]?.schoolId],
    );
    await client.query(
      `SELECT a.id, a.at, a.action, u.name FROM "AuditEntry" a LEFT JOIN "StaffUser" u ON u.id = a."actorId" WHERE a."concernId" = $1 ORDER BY a.at DESC LIMIT 200`,
      [id],
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}
