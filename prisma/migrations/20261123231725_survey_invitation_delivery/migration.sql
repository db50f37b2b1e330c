-- AlterTable
ALTER TABLE "CRMSurveyInvitation" ADD COLUMN     "communicationId" UUID,
ADD COLUMN     "reminderCommunicationId" UUID,
ADD COLUMN     "reminderTokenHash" TEXT,
ADD COLUMN     "skipReason" TEXT,
ADD COLUMN     "skippedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "CRMSurveyInvitation_reminderTokenHash_key" ON "CRMSurveyInvitation"("reminderTokenHash");

-- CreateIndex
CREATE INDEX "CRMSurveyInvitation_surveyId_sentAt_idx" ON "CRMSurveyInvitation"("surveyId", "sentAt");
