import { Module } from '@nestjs/common';
import { CampaignActionsController } from './campaign-actions.controller';
import { CampaignActionsService } from './campaign-actions.service';
import { CampaignAnalyticsService } from './campaign-analytics.service';
import { CampaignWorkflows } from './campaign-workflows';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

/** Campaigns: DRAFT records and the audience builder here; the send itself is the campaign-<id> workflow's. */
@Module({
  controllers: [CampaignsController, CampaignActionsController],
  providers: [CampaignsService, CampaignActionsService, CampaignAnalyticsService, CampaignWorkflows],
})
export class CampaignsModule {}
