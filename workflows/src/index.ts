// What the API imports: names and ids only. The worker itself is started by worker.ts.
export * from './shared';
export type { leadScoreWorkflow } from './workflows/lead-score.workflow';
export type { nightlyLeadScoreWorkflow } from './workflows/nightly-lead-score.workflow';
export type { leadImportWorkflow } from './workflows/lead-import.workflow';
export type { ImportedLeadData, LeadImportCounts } from './activities/lead-import.activities';
export type { taskWorkflow } from './workflows/task.workflow';
export { ensureSchedules } from './schedules';
export * from './links';
export type { surveyWorkflow } from './workflows/survey.workflow';
export * from './surveys';
export type { campaignWorkflow, CampaignWorkflowOptions } from './workflows/campaign.workflow';
