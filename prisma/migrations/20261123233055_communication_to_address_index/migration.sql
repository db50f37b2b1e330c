-- CreateIndex
CREATE INDEX "CRMCommunication_toAddress_channel_createdAt_idx" ON "CRMCommunication"("toAddress", "channel", "createdAt");
