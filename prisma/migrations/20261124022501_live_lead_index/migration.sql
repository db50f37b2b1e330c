-- CreateIndex
CREATE INDEX "CRMLead_live_status_source_idx" ON "CRMLead"("hospitalId", "status", "source", "createdAt", "id", "score") WHERE ("deletedAt" IS NULL);
