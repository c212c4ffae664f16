-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SchoolPhase" AS ENUM ('NURSERY', 'PRIMARY', 'MIDDLE', 'SECONDARY', 'ALL_THROUGH', 'SIXTEEN_PLUS', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('DSL', 'DEPUTY_DSL', 'FRONT_DOOR', 'PARTNERSHIP_STAFF', 'ADMIN', 'DPO');

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('NEW', 'OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConcernRoute" AS ENUM ('SCHOOL', 'FRONT_DOOR');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "WhenHappened" AS ENUM ('TODAY', 'THIS_WEEK', 'THIS_MONTH', 'LONGER_AGO', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "YesNoUnsure" AS ENUM ('YES', 'NO', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "ReporterRelationship" AS ENUM ('PARENT_OR_CARER', 'OTHER_FAMILY', 'FAMILY_FRIEND', 'PROFESSIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ConcernEventKind" AS ENUM ('SUBMITTED', 'ROUTED', 'OPENED', 'NOTE', 'DECISION', 'ACTION', 'REFERRAL', 'INFORMATION_SHARING', 'RISK_RATED', 'ASSIGNED', 'STATUS_CHANGED', 'ESCALATED', 'MESSAGE_TO_REPORTER', 'MESSAGE_FROM_REPORTER', 'REPORTER_ADDED_INFORMATION');

-- CreateEnum
CREATE TYPE "MessageAuthor" AS ENUM ('STAFF', 'REPORTER');

-- CreateTable
CREATE TABLE "Partnership" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "frontDoorEmail" VARCHAR(320),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "urn" INTEGER NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "town" VARCHAR(100),
    "postcode" VARCHAR(10),
    "phase" "SchoolPhase" NOT NULL,
    "localAuthority" VARCHAR(100) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "passwordHash" VARCHAR(200),
    "totpSecret" VARCHAR(200),
    "totpEnrolledAt" TIMESTAMPTZ(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "schoolId" UUID,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Platform" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "ageRating" VARCHAR(100),
    "advice" VARCHAR(5000),
    "activeFrom" DATE,
    "closedOn" DATE,
    "isOther" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Platform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HarmCategory" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "hint" VARCHAR(300),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HarmCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Concern" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(20) NOT NULL,
    "receiptHash" VARCHAR(200) NOT NULL,
    "partnershipId" UUID NOT NULL,
    "schoolId" UUID,
    "schoolOther" VARCHAR(200),
    "route" "ConcernRoute" NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'NEW',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "riskLevel" "RiskLevel",
    "childName" VARCHAR(60),
    "childAge" SMALLINT,
    "childYear" SMALLINT,
    "happened" "WhenHappened" NOT NULL,
    "stillHappening" "YesNoUnsure" NOT NULL,
    "childKnows" "YesNoUnsure" NOT NULL,
    "description" VARCHAR(5000) NOT NULL,
    "reporterRelationship" "ReporterRelationship" NOT NULL,
    "reporterAnonymous" BOOLEAN NOT NULL DEFAULT true,
    "reporterName" VARCHAR(100),
    "reporterEmail" VARCHAR(320),
    "reporterPhone" VARCHAR(30),
    "reporterSafeTimes" VARCHAR(300),
    "reporterLastCheckAt" TIMESTAMPTZ(3),
    "submissionKey" VARCHAR(64),
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstOpenedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "outcome" VARCHAR(2000),
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedToId" UUID,
    "legalHold" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernPlatform" (
    "concernId" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "otherName" VARCHAR(100),

    CONSTRAINT "ConcernPlatform_pkey" PRIMARY KEY ("concernId","platformId")
);

-- CreateTable
CREATE TABLE "ConcernHarm" (
    "concernId" UUID NOT NULL,
    "harmCategoryId" UUID NOT NULL,

    CONSTRAINT "ConcernHarm_pkey" PRIMARY KEY ("concernId","harmCategoryId")
);

-- CreateTable
CREATE TABLE "ConcernEvent" (
    "id" BIGSERIAL NOT NULL,
    "concernId" UUID NOT NULL,
    "kind" "ConcernEventKind" NOT NULL,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" VARCHAR(5000) NOT NULL,
    "detail" JSONB,

    CONSTRAINT "ConcernEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "concernId" UUID NOT NULL,
    "author" "MessageAuthor" NOT NULL,
    "staffId" UUID,
    "body" VARCHAR(5000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" VARCHAR(80) NOT NULL,
    "subject" VARCHAR(40) NOT NULL,
    "subjectId" VARCHAR(64),
    "concernId" UUID,
    "detail" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportDraft" (
    "tokenHash" VARCHAR(64) NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportDraft_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "School_urn_key" ON "School"("urn");

-- CreateIndex
CREATE INDEX "School_partnershipId_active_name_idx" ON "School"("partnershipId", "active", "name");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "Membership_schoolId_role_idx" ON "Membership"("schoolId", "role");

-- CreateIndex
CREATE INDEX "Membership_partnershipId_role_idx" ON "Membership"("partnershipId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_partnershipId_schoolId_role_key" ON "Membership"("userId", "partnershipId", "schoolId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Platform_slug_key" ON "Platform"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Platform_name_key" ON "Platform"("name");

-- CreateIndex
CREATE UNIQUE INDEX "HarmCategory_slug_key" ON "HarmCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "HarmCategory_name_key" ON "HarmCategory"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Concern_reference_key" ON "Concern"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Concern_submissionKey_key" ON "Concern"("submissionKey");

-- CreateIndex
CREATE INDEX "Concern_schoolId_status_lastActivityAt_idx" ON "Concern"("schoolId", "status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Concern_partnershipId_route_status_idx" ON "Concern"("partnershipId", "route", "status");

-- CreateIndex
CREATE INDEX "Concern_submittedAt_idx" ON "Concern"("submittedAt");

-- CreateIndex
CREATE INDEX "ConcernPlatform_platformId_idx" ON "ConcernPlatform"("platformId");

-- CreateIndex
CREATE INDEX "ConcernHarm_harmCategoryId_idx" ON "ConcernHarm"("harmCategoryId");

-- CreateIndex
CREATE INDEX "ConcernEvent_concernId_at_idx" ON "ConcernEvent"("concernId", "at");

-- CreateIndex
CREATE INDEX "Message_concernId_createdAt_idx" ON "Message"("concernId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_concernId_at_idx" ON "AuditEntry"("concernId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "ReportDraft_expiresAt_idx" ON "ReportDraft"("expiresAt");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernPlatform" ADD CONSTRAINT "ConcernPlatform_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernPlatform" ADD CONSTRAINT "ConcernPlatform_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernHarm" ADD CONSTRAINT "ConcernHarm_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernHarm" ADD CONSTRAINT "ConcernHarm_harmCategoryId_fkey" FOREIGN KEY ("harmCategoryId") REFERENCES "HarmCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernEvent" ADD CONSTRAINT "ConcernEvent_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernEvent" ADD CONSTRAINT "ConcernEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: the chronology and the audit trail only grow. Updates are always refused; deletes only
-- inside a transaction that has declared itself a retention purge (SET LOCAL app.retention_purge = 'on').
CREATE FUNCTION refuse_append_only_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('app.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ConcernEvent_append_only" BEFORE UPDATE OR DELETE ON "ConcernEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
