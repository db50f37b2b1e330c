-- DropIndex
DROP INDEX "CRMLead_convertedToPatientId_key";

-- CreateIndex
CREATE INDEX "CRMLead_convertedToPatientId_idx" ON "CRMLead"("convertedToPatientId");
