import type { CampaignStatus } from './enums';
import { defineTransitions } from './state-machine';

// DRAFT → RUNNING is "launch now"; SCHEDULED → DRAFT is "unschedule" for further edits.
export const CAMPAIGN_TRANSITIONS = defineTransitions<CampaignStatus>(
  {
    DRAFT: ['SCHEDULED', 'RUNNING'],
    SCHEDULED: ['RUNNING', 'CANCELLED', 'DRAFT'],
    RUNNING: ['PAUSED', 'COMPLETED', 'CANCELLED'],
    PAUSED: ['RUNNING', 'CANCELLED'],
    COMPLETED: [],
    CANCELLED: [],
  },
  'campaign',
);
