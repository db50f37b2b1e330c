// The workflow bundle's entry: every workflow the worker runs. Deterministic code only.
export { leadScoreWorkflow } from './lead-score.workflow';
export { nightlyLeadScoreWorkflow } from './nightly-lead-score.workflow';
export { leadImportWorkflow } from './lead-import.workflow';
export { taskWorkflow } from './task.workflow';
export { communicationWorkflow } from './communication.workflow';
export { surveyWorkflow } from './survey.workflow';
export { campaignWorkflow } from './campaign.workflow';
export { birthdayCampaignsWorkflow } from './birthday-campaigns.workflow';
