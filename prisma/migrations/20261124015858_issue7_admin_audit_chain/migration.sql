-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "chainPosition" BIGINT,
ADD COLUMN     "hash" VARCHAR(64),
ADD COLUMN     "prevHash" VARCHAR(64);

-- CreateTable
CREATE TABLE "SchoolImport" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "rows" JSONB NOT NULL,
    "rejected" JSONB NOT NULL,
    "convertedFrom" VARCHAR(20),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SchoolImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SchoolImport_partnershipId_createdAt_idx" ON "SchoolImport"("partnershipId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_chainPosition_key" ON "AuditEntry"("chainPosition");

-- AddForeignKey
ALTER TABLE "SchoolImport" ADD CONSTRAINT "SchoolImport_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Tamper evidence for the audit trail (issue 7). Every new entry is linked to the one before it: it gets
-- the next chain position, the previous entry's hash, and a SHA-256 over its own fields and that hash.
-- A transaction-level advisory lock makes concurrent writers take turns, so there is one chain; it is
-- held until the writing transaction ends. lib/audit/audit-chain-hash.ts computes the same canonical form
-- so `npm run audit:verify` checks the database's work independently.
CREATE FUNCTION audit_chain_field(v text) RETURNS text AS $$
  SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION audit_chain_hash(e "AuditEntry") RETURNS text AS $$
  SELECT encode(sha256(convert_to(
    audit_chain_field(e."prevHash") || audit_chain_field(e."chainPosition"::text) ||
    audit_chain_field(e.id::text) || audit_chain_field(((extract(epoch FROM e.at) * 1000)::bigint)::text) ||
    audit_chain_field(e."actorId"::text) || audit_chain_field(e.action) || audit_chain_field(e.subject) ||
    audit_chain_field(e."subjectId") || audit_chain_field(e."concernId"::text) ||
    audit_chain_field(e.detail::text), 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;

CREATE FUNCTION audit_chain_link() RETURNS trigger AS $$
DECLARE
  last_position bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditEntry chain'));
  SELECT "chainPosition", hash INTO last_position, last_hash
    FROM "AuditEntry" WHERE "chainPosition" IS NOT NULL ORDER BY "chainPosition" DESC LIMIT 1;
  NEW."chainPosition" := COALESCE(last_position, 0) + 1;
  NEW."prevHash" := COALESCE(last_hash, repeat('0', 64));
  NEW.hash := audit_chain_hash(NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEntry_chain" BEFORE INSERT ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_link();

-- Entries written before this migration join the chain in the order they were written. The append-only
-- trigger is set aside for this one update, inside the migration's transaction.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";
DO $$
DECLARE
  entry "AuditEntry";
  pos bigint := 0;
  previous text := repeat('0', 64);
BEGIN
  FOR entry IN SELECT * FROM "AuditEntry" ORDER BY id LOOP
    pos := pos + 1;
    entry."chainPosition" := pos;
    entry."prevHash" := previous;
    previous := audit_chain_hash(entry);
    UPDATE "AuditEntry" SET "chainPosition" = pos, "prevHash" = entry."prevHash", hash = previous
      WHERE id = entry.id;
  END LOOP;
END;
$$;
ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";
