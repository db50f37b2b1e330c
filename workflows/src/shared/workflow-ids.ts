// Business workflow ids: the same business object always maps to the same id, which is
// how Temporal deduplicates starts (a second start of a running id is refused or joined).

export const leadScoreWorkflowId = (leadId: string) => `lead-score-${leadId}`;
export const campaignWorkflowId = (campaignId: string) => `campaign-${campaignId}`;
export const communicationWorkflowId = (communicationId: string) => `communication-${communicationId}`;
export const taskWorkflowId = (taskId: string) => `task-${taskId}`;
export const surveyWorkflowId = (surveyId: string, visitId: string) => `survey-${surveyId}-${visitId}`;
export const leadImportWorkflowId = (jobId: string) => `lead-import-${jobId}`;
export const NIGHTLY_SCORE_SCHEDULE_ID = 'lead-score-nightly';
export const BIRTHDAY_SCHEDULE_ID = 'birthday-campaigns';
