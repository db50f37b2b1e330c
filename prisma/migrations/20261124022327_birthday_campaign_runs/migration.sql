-- AlterTable
ALTER TABLE "CRMCampaign" ADD COLUMN     "parentCampaignId" UUID,
ADD COLUMN     "runDate" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "CRMCampaign_parentCampaignId_runDate_key" ON "CRMCampaign"("parentCampaignId", "runDate");

-- AddForeignKey
ALTER TABLE "CRMCampaign" ADD CONSTRAINT "CRMCampaign_parentCampaignId_fkey" FOREIGN KEY ("parentCampaignId") REFERENCES "CRMCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
