-- Twilio status callbacks that came before the send stored the message's sid, until it does (schema.prisma).
-- CreateTable
CREATE TABLE "CRMParkedStatusEvent" (
    "id" UUID NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "status" "CommunicationStatus" NOT NULL,
    "failureReason" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMParkedStatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CRMParkedStatusEvent_receivedAt_idx" ON "CRMParkedStatusEvent"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CRMParkedStatusEvent_providerMessageId_status_key" ON "CRMParkedStatusEvent"("providerMessageId", "status");
