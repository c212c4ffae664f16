-- Written by hand (Prisma would drop the table and create a new one, losing every warning): "alert" meant
-- three things (issue 14), and what partnership staff publish to parents is now a "warning". The table,
-- its primary key and its index are renamed in place, so every row, draft and published, stays as it was.

-- RenameTable
ALTER TABLE "PlatformAlert" RENAME TO "PlatformWarning";

-- RenamePrimaryKey (renames its index too)
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_pkey" TO "PlatformWarning_pkey";

-- RenameIndex
ALTER INDEX "PlatformAlert_partnershipId_publishedFrom_idx" RENAME TO "PlatformWarning_partnershipId_publishedFrom_idx";

-- RenameNotNullConstraints (PostgreSQL 18 names each NOT NULL after its table)
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_id_not_null" TO "PlatformWarning_id_not_null";
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_partnershipId_not_null" TO "PlatformWarning_partnershipId_not_null";
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_title_not_null" TO "PlatformWarning_title_not_null";
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_whatToKnow_not_null" TO "PlatformWarning_whatToKnow_not_null";
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_whatToDo_not_null" TO "PlatformWarning_whatToDo_not_null";
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_createdAt_not_null" TO "PlatformWarning_createdAt_not_null";
ALTER TABLE "PlatformWarning" RENAME CONSTRAINT "PlatformAlert_updatedAt_not_null" TO "PlatformWarning_updatedAt_not_null";
