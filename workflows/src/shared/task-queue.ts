/** The one task queue every CRM workflow and activity runs on (TEMPORAL_TASK_QUEUE overrides it). */
export const DEFAULT_TASK_QUEUE = 'hospital-crm';
