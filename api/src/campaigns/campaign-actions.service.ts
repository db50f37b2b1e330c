import { Injectable } from '@nestjs/common';
import { countAudience, ledgerProgress } from '@hospital-crm/db';
import { checkAudience, isSendableChannel } from '@hospital-crm/domain';
import type { CampaignProgress } from '@hospital-crm/workflows';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { CampaignsService, type CampaignActor } from './campaigns.service';
import { CampaignWorkflows } from './campaign-workflows';
import { futureStart, requireStatus } from './campaign-rules';
import type { CampaignView } from './campaign-view';
import type { LaunchCampaignDto } from './dto/campaign-start.dto';

const FINISHED = new Set(['COMPLETED', 'CANCELLED']);

export type ProgressSource = 'workflow' | 'database';

/**
 * Launch, pause, resume, cancel and reschedule: each an Update of the campaign's workflow, whose
 * answer (the progress it confirmed) is the answer here, beside the campaign row. The database's
 * status is checked only where the API must decide before the workflow exists (launch: DRAFT).
 */
@Injectable()
export class CampaignActionsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly workflows: CampaignWorkflows,
  ) {}

  async launch(actor: CampaignActor, id: string, dto: LaunchCampaignDto, now = new Date()) {
    const campaign = await this.campaigns.get(actor.hospitalId, id);
    requireStatus(campaign, 'DRAFT', 'launched');
    const planned = campaign.scheduledAt && campaign.scheduledAt.getTime() > now.getTime() ? campaign.scheduledAt : undefined;
    const startAt = dto.startAt ? futureStart(dto.startAt, 'startAt', now) : planned;
    await this.checkReady(actor.hospitalId, campaign);
    const progress = await this.workflows.launch(id, startAt, this.gone(actor.hospitalId, id));
    await this.audit.record(
      { userId: actor.userId, hospitalId: actor.hospitalId },
      {
        action: 'campaign.launch',
        entityType: 'CRMCampaign',
        entityId: id,
        details: { status: progress.status, startAt: startAt?.toISOString() ?? null, totalRecipients: progress.totalRecipients },
      },
    );
    return this.answer(actor.hospitalId, id, progress);
  }

  async pause(hospitalId: string, id: string) {
    await this.campaigns.get(hospitalId, id);
    return this.answer(hospitalId, id, await this.workflows.pause(id, this.gone(hospitalId, id)));
  }

  async resume(hospitalId: string, id: string) {
    await this.campaigns.get(hospitalId, id);
    return this.answer(hospitalId, id, await this.workflows.resume(id, this.gone(hospitalId, id)));
  }

  async cancel(actor: CampaignActor, id: string) {
    const before = await this.campaigns.get(actor.hospitalId, id);
    const progress = await this.workflows.cancel(id, this.gone(actor.hospitalId, id));
    await this.audit.record(
      { userId: actor.userId, hospitalId: actor.hospitalId },
      {
        action: 'campaign.cancel',
        entityType: 'CRMCampaign',
        entityId: id,
        details: { from: before.status, processed: progress.processed, totalRecipients: progress.totalRecipients },
      },
    );
    return this.answer(actor.hospitalId, id, progress);
  }

  async reschedule(hospitalId: string, id: string, startAt: string, now = new Date()) {
    const when = futureStart(startAt, 'startAt', now);
    await this.campaigns.get(hospitalId, id);
    return this.answer(hospitalId, id, await this.workflows.reschedule(id, when, this.gone(hospitalId, id)));
  }

  /** The workflow's own count while it runs; the ledger's once it is gone (or never started). */
  async progress(hospitalId: string, id: string): Promise<CampaignProgress & { source: ProgressSource }> {
    const campaign = await this.campaigns.get(hospitalId, id);
    const live = campaign.status === 'DRAFT' || FINISHED.has(campaign.status) ? null : await this.workflows.progress(id).catch(() => null);
    return live ? { ...live, source: 'workflow' } : { ...(await ledgerProgress(this.prisma, id)), source: 'database' };
  }

  /** The campaign row with the status the workflow confirmed (its database write may trail the answer). */
  private async answer(hospitalId: string, id: string, progress: CampaignProgress) {
    const campaign = await this.campaigns.get(hospitalId, id);
    return { ...campaign, status: progress.status, progress };
  }

  /** What a refused move says when there is no workflow (a draft, or one long finished). */
  private gone(hospitalId: string, id: string) {
    return async () => {
      const { status } = await this.campaigns.get(hospitalId, id);
      return status === 'DRAFT' ? `Campaign ${id} is DRAFT: launch it first` : `Campaign ${id} is ${status}: its send is over and can no longer be changed`;
    };
  }

  /** What launching needs besides the DRAFT status: a usable template, a valid audience, a budget that covers it (422). */
  private async checkReady(hospitalId: string, campaign: CampaignView): Promise<void> {
    const { channel } = campaign;
    if (!isSendableChannel(channel)) throw ApiError.unprocessable(`Campaigns cannot be sent on ${channel}`, [{ field: 'channel', messages: ['not sendable'] }]);
    if (!campaign.template) throw ApiError.unprocessable('Choose a template before launching', [{ field: 'templateId', messages: ['templateId is required'] }]);
    await this.campaigns.checkTemplate(this.prisma, hospitalId, campaign.template.id, channel);
    const check = checkAudience(campaign.audience);
    if (!check.ok) {
      throw ApiError.unprocessable(
        'The campaign’s audience is no longer valid; edit it before launching',
        check.problems.map((p) => ({ field: `audience.${p.field}`, messages: [p.message] })),
      );
    }
    if (campaign.budget !== null && campaign.costPerMessage !== null) {
      const { total } = await countAudience(this.prisma, hospitalId, channel, check.audience);
      const cost = Math.round(total * campaign.costPerMessage * 100) / 100;
      if (cost > campaign.budget) {
        throw ApiError.unprocessable(`Sending to ${total} recipients would cost ${cost}, over the budget of ${campaign.budget}`, [
          { field: 'budget', messages: [`${total} recipients × ${campaign.costPerMessage} = ${cost} > ${campaign.budget}`] },
        ]);
      }
    }
  }
}
