-- AlterTable
ALTER TABLE "FileTransfer" ADD COLUMN     "childFileLeadId" UUID,
ADD COLUMN     "wholeChildFile" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "FileTransfer_childFileLeadId_idx" ON "FileTransfer"("childFileLeadId");

-- AddForeignKey
ALTER TABLE "FileTransfer" ADD CONSTRAINT "FileTransfer_childFileLeadId_fkey" FOREIGN KEY ("childFileLeadId") REFERENCES "FileTransfer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
