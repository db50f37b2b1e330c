-- CreateIndex
CREATE INDEX "CRMCampaignRecipient_leadId_sentAt_idx" ON "CRMCampaignRecipient"("leadId", "sentAt");
