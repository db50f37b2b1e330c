-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Trigram indexes back the partial, case-insensitive lead search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('SUPER_ADMIN', 'HOSPITAL_ADMIN', 'RECEPTIONIST', 'DOCTOR', 'NURSE', 'STAFF');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactType" AS ENUM ('PATIENT', 'LEAD');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('WEBSITE', 'PHONE_CALL', 'WALK_IN', 'REFERRAL_PATIENT', 'REFERRAL_DOCTOR', 'SOCIAL_MEDIA', 'GOOGLE_ADS', 'WHATSAPP', 'EMAIL_INQUIRY', 'HEALTH_CAMP', 'CORPORATE', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('LEAD_CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'NOTE_ADDED', 'COMMUNICATION_LOGGED', 'COMMUNICATION_SENT', 'TASK_CREATED', 'TASK_COMPLETED', 'TAG_ADDED', 'TAG_REMOVED', 'SCORE_CHANGED', 'CONVERTED', 'APPOINTMENT_BOOKED', 'UPDATED');

-- CreateEnum
CREATE TYPE "CommunicationChannel" AS ENUM ('PHONE_CALL', 'EMAIL', 'SMS', 'WHATSAPP', 'IN_PERSON', 'VIDEO_CALL');

-- CreateEnum
CREATE TYPE "CommunicationDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "CommunicationStatus" AS ENUM ('SCHEDULED', 'QUEUED', 'SENT', 'DELIVERED', 'READ', 'RESPONDED', 'FAILED', 'CANCELLED', 'LOGGED');

-- CreateEnum
CREATE TYPE "TemplateCategory" AS ENUM ('APPOINTMENT_REMINDER', 'FOLLOW_UP', 'WELCOME', 'FEEDBACK_REQUEST', 'PROMOTION', 'HEALTH_TIP', 'BIRTHDAY_GREETING', 'CUSTOM');

-- CreateEnum
CREATE TYPE "TaskType" AS ENUM ('FOLLOW_UP_CALL', 'FOLLOW_UP_EMAIL', 'FOLLOW_UP_VISIT', 'APPOINTMENT_SCHEDULING', 'DOCUMENT_COLLECTION', 'FEEDBACK_COLLECTION', 'PAYMENT_REMINDER', 'CUSTOM');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'OVERDUE');

-- CreateEnum
CREATE TYPE "TaskPriority" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "CampaignType" AS ENUM ('HEALTH_CAMP', 'PROMOTION', 'AWARENESS', 'SEASONAL', 'FOLLOW_UP', 'RE_ENGAGEMENT', 'BIRTHDAY', 'FEEDBACK');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RecipientStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'OPENED', 'CLICKED', 'RESPONDED', 'FAILED', 'SKIPPED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "SurveyType" AS ENUM ('POST_VISIT', 'POST_DISCHARGE', 'NPS', 'CSAT', 'SERVICE_QUALITY', 'DOCTOR_FEEDBACK');

-- CreateEnum
CREATE TYPE "Sentiment" AS ENUM ('POSITIVE', 'NEUTRAL', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "AssignmentStrategy" AS ENUM ('OFF', 'ROUND_ROBIN', 'LEAST_LOADED');

-- CreateEnum
CREATE TYPE "SuppressionReason" AS ENUM ('UNSUBSCRIBED', 'HARD_BOUNCE', 'COMPLAINT', 'STOP_REPLY', 'MANUAL');

-- CreateEnum
CREATE TYPE "SuppressionScope" AS ENUM ('MARKETING', 'ALL');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'ISSUED', 'PAID', 'VOID');

-- CreateTable
CREATE TABLE "Hospital" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "leadSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hospital_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "hospitalId" UUID,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "role" "UserRole" NOT NULL,
    "department" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "notifyByEmail" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "mrn" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "dateOfBirth" DATE,
    "gender" "Gender",
    "address" TEXT,
    "conditions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "doNotMarket" BOOLEAN NOT NULL DEFAULT false,
    "lastVisitAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "doctorId" UUID,
    "department" TEXT,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'SCHEDULED',
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Admission" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "doctorId" UUID,
    "department" TEXT,
    "admittedAt" TIMESTAMP(3) NOT NULL,
    "dischargedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Admission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "status" "InvoiceStatus" NOT NULL DEFAULT 'ISSUED',
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "hospitalId" UUID,
    "userId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" UUID,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactSuppression" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "channel" "CommunicationChannel" NOT NULL,
    "address" TEXT NOT NULL,
    "reason" "SuppressionReason" NOT NULL,
    "scope" "SuppressionScope" NOT NULL DEFAULT 'MARKETING',
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactSuppression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMLead" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "leadNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "dateOfBirth" DATE,
    "gender" "Gender",
    "address" TEXT,
    "source" "LeadSource" NOT NULL,
    "sourceDetail" TEXT,
    "status" "LeadStatus" NOT NULL DEFAULT 'NEW',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "score" INTEGER NOT NULL DEFAULT 0,
    "scoreBreakdown" JSONB,
    "scoredAt" TIMESTAMP(3),
    "interestedIn" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "preferredDoctorId" UUID,
    "preferredDate" TIMESTAMP(3),
    "notes" TEXT,
    "assignedToId" UUID,
    "nextFollowUpAt" TIMESTAMP(3),
    "lastContactedAt" TIMESTAMP(3),
    "lostReason" TEXT,
    "campaignId" UUID,
    "convertedToPatientId" UUID,
    "convertedAt" TIMESTAMP(3),
    "doNotMarket" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMLead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMTag" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL DEFAULT '#8b5cf6',
    "category" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMLeadTag" (
    "leadId" UUID NOT NULL,
    "tagId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMLeadTag_pkey" PRIMARY KEY ("leadId","tagId")
);

-- CreateTable
CREATE TABLE "CRMActivity" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "leadId" UUID,
    "patientId" UUID,
    "activityType" "ActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "metadata" JSONB,
    "performedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMCommunication" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "leadId" UUID,
    "patientId" UUID,
    "channel" "CommunicationChannel" NOT NULL,
    "direction" "CommunicationDirection" NOT NULL,
    "status" "CommunicationStatus" NOT NULL,
    "subject" TEXT,
    "body" TEXT,
    "bodyKeyId" TEXT,
    "toAddress" TEXT,
    "fromAddress" TEXT,
    "templateId" UUID,
    "campaignId" UUID,
    "initiatedById" UUID,
    "outcome" TEXT,
    "durationSeconds" INTEGER,
    "notes" TEXT,
    "isMarketing" BOOLEAN NOT NULL DEFAULT false,
    "provider" TEXT,
    "providerMessageId" TEXT,
    "failureReason" TEXT,
    "inReplyToId" UUID,
    "scheduledFor" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMCommunication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMTemplate" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "CommunicationChannel" NOT NULL,
    "category" "TemplateCategory" NOT NULL,
    "subject" TEXT,
    "content" TEXT NOT NULL,
    "variables" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMTask" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "taskType" "TaskType" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'PENDING',
    "priority" "TaskPriority" NOT NULL DEFAULT 'MEDIUM',
    "leadId" UUID,
    "patientId" UUID,
    "assignedToId" UUID NOT NULL,
    "assignedById" UUID,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "reminderMinutesBefore" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "lastRemindedAt" TIMESTAMP(3),
    "overdueAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMCampaign" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "campaignType" "CampaignType" NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "channel" "CommunicationChannel" NOT NULL,
    "templateId" UUID,
    "audience" JSONB NOT NULL DEFAULT '{}',
    "scheduledAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "costPerMessage" DECIMAL(10,4),
    "budget" DECIMAL(12,2),
    "totalRecipients" INTEGER NOT NULL DEFAULT 0,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "deliveredCount" INTEGER NOT NULL DEFAULT 0,
    "openedCount" INTEGER NOT NULL DEFAULT 0,
    "clickedCount" INTEGER NOT NULL DEFAULT 0,
    "respondedCount" INTEGER NOT NULL DEFAULT 0,
    "convertedCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMCampaignRecipient" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "contactType" "ContactType" NOT NULL,
    "leadId" UUID,
    "patientId" UUID,
    "channel" "CommunicationChannel" NOT NULL,
    "address" TEXT NOT NULL,
    "status" "RecipientStatus" NOT NULL DEFAULT 'PENDING',
    "skipReason" TEXT,
    "failureReason" TEXT,
    "communicationId" UUID,
    "attemptedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMCampaignRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMSurvey" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "surveyType" "SurveyType" NOT NULL,
    "questions" JSONB NOT NULL DEFAULT '[]',
    "isAnonymous" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMSurveyInvitation" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "patientId" UUID,
    "appointmentId" UUID,
    "admissionId" UUID,
    "channel" "CommunicationChannel" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMSurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMSurveyResponse" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "invitationId" UUID,
    "patientId" UUID,
    "leadId" UUID,
    "appointmentId" UUID,
    "admissionId" UUID,
    "doctorId" UUID,
    "department" TEXT,
    "channel" "CommunicationChannel",
    "answers" JSONB NOT NULL,
    "npsScore" INTEGER,
    "csatScore" DOUBLE PRECISION,
    "sentiment" "Sentiment",
    "requiresFollowUp" BOOLEAN NOT NULL DEFAULT false,
    "followUpTaskId" UUID,
    "followUpNotes" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMSurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMSettings" (
    "id" UUID NOT NULL,
    "hospitalId" UUID NOT NULL,
    "autoAssignLeads" BOOLEAN NOT NULL DEFAULT false,
    "assignmentStrategy" "AssignmentStrategy" NOT NULL DEFAULT 'OFF',
    "lastAssignedUserId" UUID,
    "autoFollowUpTask" BOOLEAN NOT NULL DEFAULT true,
    "followUpTaskDueHours" INTEGER NOT NULL DEFAULT 24,
    "autoSurveyEnabled" BOOLEAN NOT NULL DEFAULT false,
    "surveyDelayHours" INTEGER NOT NULL DEFAULT 24,
    "surveyChannel" "CommunicationChannel" NOT NULL DEFAULT 'EMAIL',
    "postVisitSurveyId" UUID,
    "postDischargeSurveyId" UUID,
    "quietHoursStart" TEXT,
    "quietHoursEnd" TEXT,
    "rateLimits" JSONB NOT NULL DEFAULT '{}',
    "frequencyCapPerWeek" INTEGER NOT NULL DEFAULT 3,
    "taskReminderMinutes" INTEGER[] DEFAULT ARRAY[60]::INTEGER[],
    "attributionWindowDays" INTEGER NOT NULL DEFAULT 30,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Hospital_code_key" ON "Hospital"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_hospitalId_role_isActive_idx" ON "User"("hospitalId", "role", "isActive");

-- CreateIndex
CREATE INDEX "Patient_hospitalId_phone_idx" ON "Patient"("hospitalId", "phone");

-- CreateIndex
CREATE INDEX "Patient_hospitalId_email_idx" ON "Patient"("hospitalId", "email");

-- CreateIndex
CREATE INDEX "Patient_hospitalId_lastVisitAt_idx" ON "Patient"("hospitalId", "lastVisitAt");

-- CreateIndex
CREATE UNIQUE INDEX "Patient_hospitalId_mrn_key" ON "Patient"("hospitalId", "mrn");

-- CreateIndex
CREATE INDEX "Appointment_hospitalId_scheduledAt_idx" ON "Appointment"("hospitalId", "scheduledAt");

-- CreateIndex
CREATE INDEX "Appointment_patientId_scheduledAt_idx" ON "Appointment"("patientId", "scheduledAt");

-- CreateIndex
CREATE INDEX "Admission_hospitalId_dischargedAt_idx" ON "Admission"("hospitalId", "dischargedAt");

-- CreateIndex
CREATE INDEX "Admission_patientId_idx" ON "Admission"("patientId");

-- CreateIndex
CREATE INDEX "Invoice_patientId_status_idx" ON "Invoice"("patientId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_hospitalId_number_key" ON "Invoice"("hospitalId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_hospitalId_createdAt_idx" ON "AuditLog"("hospitalId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_hospitalId_idx" ON "ApiKey"("hospitalId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactSuppression_hospitalId_channel_address_key" ON "ContactSuppression"("hospitalId", "channel", "address");

-- CreateIndex
CREATE UNIQUE INDEX "CRMLead_convertedToPatientId_key" ON "CRMLead"("convertedToPatientId");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_status_position_idx" ON "CRMLead"("hospitalId", "status", "position");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_source_idx" ON "CRMLead"("hospitalId", "source");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_assignedToId_status_idx" ON "CRMLead"("hospitalId", "assignedToId", "status");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_createdAt_id_idx" ON "CRMLead"("hospitalId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_nextFollowUpAt_idx" ON "CRMLead"("hospitalId", "nextFollowUpAt");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_score_idx" ON "CRMLead"("hospitalId", "score");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_phone_idx" ON "CRMLead"("hospitalId", "phone");

-- CreateIndex
CREATE INDEX "CRMLead_hospitalId_email_idx" ON "CRMLead"("hospitalId", "email");

-- CreateIndex
CREATE INDEX "CRMLead_firstName_trgm_idx" ON "CRMLead" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CRMLead_lastName_trgm_idx" ON "CRMLead" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CRMLead_email_trgm_idx" ON "CRMLead" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CRMLead_phone_trgm_idx" ON "CRMLead" USING GIN ("phone" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CRMLead_hospitalId_leadNumber_key" ON "CRMLead"("hospitalId", "leadNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CRMTag_hospitalId_name_key" ON "CRMTag"("hospitalId", "name");

-- CreateIndex
CREATE INDEX "CRMLeadTag_tagId_idx" ON "CRMLeadTag"("tagId");

-- CreateIndex
CREATE INDEX "CRMActivity_leadId_createdAt_idx" ON "CRMActivity"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMActivity_patientId_createdAt_idx" ON "CRMActivity"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMActivity_hospitalId_createdAt_idx" ON "CRMActivity"("hospitalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CRMCommunication_providerMessageId_key" ON "CRMCommunication"("providerMessageId");

-- CreateIndex
CREATE INDEX "CRMCommunication_hospitalId_createdAt_idx" ON "CRMCommunication"("hospitalId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMCommunication_hospitalId_channel_status_idx" ON "CRMCommunication"("hospitalId", "channel", "status");

-- CreateIndex
CREATE INDEX "CRMCommunication_leadId_createdAt_idx" ON "CRMCommunication"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMCommunication_patientId_createdAt_idx" ON "CRMCommunication"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMCommunication_campaignId_status_idx" ON "CRMCommunication"("campaignId", "status");

-- CreateIndex
CREATE INDEX "CRMCommunication_status_scheduledFor_idx" ON "CRMCommunication"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "CRMTemplate_hospitalId_category_idx" ON "CRMTemplate"("hospitalId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "CRMTemplate_hospitalId_name_channel_key" ON "CRMTemplate"("hospitalId", "name", "channel");

-- CreateIndex
CREATE INDEX "CRMTask_hospitalId_status_dueDate_idx" ON "CRMTask"("hospitalId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "CRMTask_assignedToId_status_dueDate_idx" ON "CRMTask"("assignedToId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "CRMTask_leadId_idx" ON "CRMTask"("leadId");

-- CreateIndex
CREATE INDEX "CRMTask_patientId_idx" ON "CRMTask"("patientId");

-- CreateIndex
CREATE INDEX "CRMCampaign_hospitalId_status_idx" ON "CRMCampaign"("hospitalId", "status");

-- CreateIndex
CREATE INDEX "CRMCampaign_hospitalId_createdAt_idx" ON "CRMCampaign"("hospitalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CRMCampaignRecipient_communicationId_key" ON "CRMCampaignRecipient"("communicationId");

-- CreateIndex
CREATE INDEX "CRMCampaignRecipient_campaignId_status_idx" ON "CRMCampaignRecipient"("campaignId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CRMCampaignRecipient_campaignId_seq_key" ON "CRMCampaignRecipient"("campaignId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "CRMCampaignRecipient_campaignId_leadId_key" ON "CRMCampaignRecipient"("campaignId", "leadId");

-- CreateIndex
CREATE UNIQUE INDEX "CRMCampaignRecipient_campaignId_patientId_key" ON "CRMCampaignRecipient"("campaignId", "patientId");

-- CreateIndex
CREATE INDEX "CRMSurvey_hospitalId_surveyType_isActive_idx" ON "CRMSurvey"("hospitalId", "surveyType", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "CRMSurveyInvitation_tokenHash_key" ON "CRMSurveyInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CRMSurveyInvitation_surveyId_appointmentId_key" ON "CRMSurveyInvitation"("surveyId", "appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CRMSurveyInvitation_surveyId_admissionId_key" ON "CRMSurveyInvitation"("surveyId", "admissionId");

-- CreateIndex
CREATE UNIQUE INDEX "CRMSurveyResponse_invitationId_key" ON "CRMSurveyResponse"("invitationId");

-- CreateIndex
CREATE INDEX "CRMSurveyResponse_surveyId_submittedAt_idx" ON "CRMSurveyResponse"("surveyId", "submittedAt");

-- CreateIndex
CREATE INDEX "CRMSurveyResponse_hospitalId_submittedAt_idx" ON "CRMSurveyResponse"("hospitalId", "submittedAt");

-- CreateIndex
CREATE INDEX "CRMSurveyResponse_hospitalId_requiresFollowUp_idx" ON "CRMSurveyResponse"("hospitalId", "requiresFollowUp");

-- CreateIndex
CREATE UNIQUE INDEX "CRMSettings_hospitalId_key" ON "CRMSettings"("hospitalId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Admission" ADD CONSTRAINT "Admission_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Admission" ADD CONSTRAINT "Admission_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Admission" ADD CONSTRAINT "Admission_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactSuppression" ADD CONSTRAINT "ContactSuppression_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_preferredDoctorId_fkey" FOREIGN KEY ("preferredDoctorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CRMCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_convertedToPatientId_fkey" FOREIGN KEY ("convertedToPatientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTag" ADD CONSTRAINT "CRMTag_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLeadTag" ADD CONSTRAINT "CRMLeadTag_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLeadTag" ADD CONSTRAINT "CRMLeadTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "CRMTag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMActivity" ADD CONSTRAINT "CRMActivity_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMActivity" ADD CONSTRAINT "CRMActivity_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMActivity" ADD CONSTRAINT "CRMActivity_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMActivity" ADD CONSTRAINT "CRMActivity_performedById_fkey" FOREIGN KEY ("performedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CRMTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CRMCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_initiatedById_fkey" FOREIGN KEY ("initiatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCommunication" ADD CONSTRAINT "CRMCommunication_inReplyToId_fkey" FOREIGN KEY ("inReplyToId") REFERENCES "CRMCommunication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTemplate" ADD CONSTRAINT "CRMTemplate_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTemplate" ADD CONSTRAINT "CRMTemplate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTask" ADD CONSTRAINT "CRMTask_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTask" ADD CONSTRAINT "CRMTask_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTask" ADD CONSTRAINT "CRMTask_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTask" ADD CONSTRAINT "CRMTask_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTask" ADD CONSTRAINT "CRMTask_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaign" ADD CONSTRAINT "CRMCampaign_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaign" ADD CONSTRAINT "CRMCampaign_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CRMTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaign" ADD CONSTRAINT "CRMCampaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaignRecipient" ADD CONSTRAINT "CRMCampaignRecipient_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CRMCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaignRecipient" ADD CONSTRAINT "CRMCampaignRecipient_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaignRecipient" ADD CONSTRAINT "CRMCampaignRecipient_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaignRecipient" ADD CONSTRAINT "CRMCampaignRecipient_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMCampaignRecipient" ADD CONSTRAINT "CRMCampaignRecipient_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "CRMCommunication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurvey" ADD CONSTRAINT "CRMSurvey_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurvey" ADD CONSTRAINT "CRMSurvey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyInvitation" ADD CONSTRAINT "CRMSurveyInvitation_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyInvitation" ADD CONSTRAINT "CRMSurveyInvitation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "CRMSurvey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyInvitation" ADD CONSTRAINT "CRMSurveyInvitation_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyInvitation" ADD CONSTRAINT "CRMSurveyInvitation_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyInvitation" ADD CONSTRAINT "CRMSurveyInvitation_admissionId_fkey" FOREIGN KEY ("admissionId") REFERENCES "Admission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "CRMSurvey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "CRMSurveyInvitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_admissionId_fkey" FOREIGN KEY ("admissionId") REFERENCES "Admission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSurveyResponse" ADD CONSTRAINT "CRMSurveyResponse_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSettings" ADD CONSTRAINT "CRMSettings_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "Hospital"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMSettings" ADD CONSTRAINT "CRMSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
