-- CreateIndex
CREATE UNIQUE INDEX "CRMCampaignRecipient_campaignId_address_key" ON "CRMCampaignRecipient"("campaignId", "address");
