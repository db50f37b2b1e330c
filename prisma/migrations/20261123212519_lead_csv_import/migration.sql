-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportRowStatus" AS ENUM ('PENDING', 'IMPORTED', 'DUPLICATE', 'FAILED');

-- CreateTable
CREATE TABLE "CRMImportJob" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "createdById" UUID,
    "fileName" TEXT,
    "status" "ImportStatus" NOT NULL DEFAULT 'PENDING',
    "totalRows" INTEGER NOT NULL,
    "invalidRows" JSONB NOT NULL DEFAULT '[]',
    "allowDuplicates" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMImportRow" (
    "id" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "status" "ImportRowStatus" NOT NULL DEFAULT 'PENDING',
    "leadId" UUID,
    "error" TEXT,

    CONSTRAINT "CRMImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CRMImportJob_hospitalId_createdAt_idx" ON "CRMImportJob"("hospitalId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMImportRow_jobId_status_line_idx" ON "CRMImportRow"("jobId", "status", "line");

-- CreateIndex
CREATE UNIQUE INDEX "CRMImportRow_jobId_line_key" ON "CRMImportRow"("jobId", "line");

-- AddForeignKey
ALTER TABLE "CRMImportJob" ADD CONSTRAINT "CRMImportJob_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMImportJob" ADD CONSTRAINT "CRMImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMImportRow" ADD CONSTRAINT "CRMImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "CRMImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
