import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { PrismaClient } from '@hospital-crm/db';
import type { TestApp } from '../../support/test-app';
import { createHospital, tokenFor, type HospitalFixture } from '../../support/fixtures';
import { createTemplate } from '../../support/campaign-fixtures';
import { SURVEY_QUESTIONS } from '../../support/survey-fixtures';

const DAY = 86_400_000;

/** A hospital with one real row of every kind an API path can name, and its admin's token. */
export interface HospitalRows {
  hospital: HospitalFixture;
  adminToken: string;
  /** A staff member other than the signed-in users, so deactivating them locks nobody out. */
  staffId: string;
  leadId: string;
  leadName: string;
  taskId: string;
  tagId: string;
  templateId: string;
  communicationId: string;
  campaignId: string;
  surveyId: string;
  importJobId: string;
  notificationId: string;
  apiKeyId: string;
  /** The raw API key, known only at creation: it must never be shown again. */
  apiKey: string;
  patientId: string;
  /** Names and addresses shown nowhere but in this hospital's answers. */
  names: string[];
}

export async function createHospitalRows(t: TestApp, label: string): Promise<HospitalRows> {
  const { prisma } = t;
  const hospital = await createHospital(prisma, label);
  const hospitalId = hospital.id;
  const adminToken = await tokenFor(t, hospital.users.admin.email);
  const suffix = randomUUID().slice(0, 8);
  const staff = await prisma.user.create({
    data: {
      hospitalId,
      email: `staff.${suffix}@test.example`,
      passwordHash: bcrypt.hashSync(randomUUID(), 4),
      role: 'STAFF',
      firstName: 'Staff',
      lastName: hospital.code,
    },
  });
  const leadName = `Lead${hospital.code}`;
  const lead = await prisma.cRMLead.create({
    data: { hospitalId, leadNumber: `SEC-${randomUUID()}`, firstName: leadName, lastName: 'Rows', source: 'WEBSITE', email: `lead.${suffix}@test.example` },
  });
  const task = await prisma.cRMTask.create({
    data: {
      hospitalId,
      title: `Call ${leadName}`,
      taskType: 'FOLLOW_UP_CALL',
      assignedToId: hospital.users.receptionist.id,
      leadId: lead.id,
      dueDate: new Date(Date.now() + DAY),
    },
  });
  const tag = await prisma.cRMTag.create({ data: { hospitalId, name: `tag-${suffix}` } });
  await prisma.cRMLeadTag.create({ data: { leadId: lead.id, tagId: tag.id } });
  const template = await createTemplate(prisma, hospitalId, 'EMAIL');
  const communication = await prisma.cRMCommunication.create({
    data: {
      hospitalId,
      leadId: lead.id,
      channel: 'EMAIL',
      direction: 'OUTBOUND',
      status: 'SCHEDULED',
      subject: 'Hello',
      scheduledFor: new Date(Date.now() + DAY),
    },
  });
  const campaign = await prisma.cRMCampaign.create({
    data: {
      hospitalId,
      name: `Campaign ${hospital.code}`,
      campaignType: 'PROMOTION',
      channel: 'EMAIL',
      templateId: template.id,
      audience: { contactTypes: ['LEAD'] },
    },
  });
  const survey = await prisma.cRMSurvey.create({
    data: { hospitalId, name: `Survey ${hospital.code}`, surveyType: 'POST_VISIT', questions: SURVEY_QUESTIONS },
  });
  const importJob = await prisma.cRMImportJob.create({ data: { hospitalId, createdById: hospital.users.admin.id, totalRows: 0 } });
  const notification = await prisma.notification.create({
    data: { hospitalId, userId: hospital.users.admin.id, type: 'TASK_DUE', title: `Task for ${leadName}` },
  });
  const patient = await prisma.patient.create({ data: { hospitalId, mrn: `MRN-${suffix}`, firstName: 'Pat', lastName: hospital.code } });
  const key = await t
    .http()
    .post('/api/v1/integrations/api-keys')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ name: `website ${hospital.code}`, scopes: ['leads:write', 'visits:write'] });
  if (key.status !== 201) throw new Error(`creating an API key failed: ${key.status} ${JSON.stringify(key.body)}`);
  return {
    hospital,
    adminToken,
    staffId: staff.id,
    leadId: lead.id,
    leadName,
    taskId: task.id,
    tagId: tag.id,
    templateId: template.id,
    communicationId: communication.id,
    campaignId: campaign.id,
    surveyId: survey.id,
    importJobId: importJob.id,
    notificationId: notification.id,
    apiKeyId: key.body.data.id,
    apiKey: key.body.data.key,
    patientId: patient.id,
    names: [hospital.code, leadName, lead.email!, tag.name, template.name, campaign.name, survey.name, staff.email],
  };
}

/** Every row the hospital owns, read straight from the database, to compare before and after. */
export async function hospitalSnapshot(prisma: PrismaClient, hospitalId: string) {
  const where = { hospitalId };
  const orderBy = { id: 'asc' as const };
  return {
    hospital: await prisma.hospital.findUnique({ where: { id: hospitalId } }),
    settings: await prisma.cRMSettings.findMany({ where }),
    users: await prisma.user.findMany({ where, orderBy }),
    leads: await prisma.cRMLead.findMany({ where, orderBy }),
    leadTags: await prisma.cRMLeadTag.findMany({ where: { lead: where }, orderBy: [{ leadId: 'asc' }, { tagId: 'asc' }] }),
    activities: await prisma.cRMActivity.findMany({ where, orderBy }),
    tasks: await prisma.cRMTask.findMany({ where, orderBy }),
    tags: await prisma.cRMTag.findMany({ where, orderBy }),
    templates: await prisma.cRMTemplate.findMany({ where, orderBy }),
    communications: await prisma.cRMCommunication.findMany({ where, orderBy }),
    campaigns: await prisma.cRMCampaign.findMany({ where, orderBy }),
    surveys: await prisma.cRMSurvey.findMany({ where, orderBy }),
    importJobs: await prisma.cRMImportJob.findMany({ where, orderBy }),
    notifications: await prisma.notification.findMany({ where, orderBy }),
    apiKeys: await prisma.apiKey.findMany({ where, orderBy }),
    patients: await prisma.patient.findMany({ where, orderBy }),
  };
}
