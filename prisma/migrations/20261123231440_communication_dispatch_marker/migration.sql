-- AlterTable
ALTER TABLE "CRMCommunication" ADD COLUMN     "dispatchStartedAt" TIMESTAMP(3);
