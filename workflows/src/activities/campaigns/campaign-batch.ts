import { Context } from '@temporalio/activity';
import { hospitalTemplateValues, isTemplateChannel, quietHoursEnd } from '@hospital-crm/domain';
import { deterministicUuid, ledgerProgress, type PrismaClient } from '@hospital-crm/db';
import { ProviderOutcomeUnknown, ProviderRejection, type Channel } from '../../channels/channel';
import type { CampaignProgress } from '../../shared/campaign-messages';
import type { CommunicationDependencies } from '../communications';
import { messageFor } from '../communications/outbound-message';
import { acquireTokens } from './rate-limiter';
import { prepareRecipients, templateRenderer, type CampaignSource, type LedgerRow } from './recipient-checks';
import { markUnknown, settleChunk, type Failed, type Sent, type Settled } from './ledger-settlement';
import { campaignStatus, claim, readLedgerPage, type LedgerPageRow } from './ledger-claim';

export interface CampaignBatchInput {
  campaignId: string;
  /** The ledger is walked by seq: everything at or below this was handled. */
  afterSeq: number;
  /** The workflow's clock (ISO): quiet hours are judged by it. */
  at: string;
  /** Recipients per call (default 2,000); tests use a few to exercise continue-as-new. */
  batchSize?: number;
}

export interface CampaignBatchResult {
  lastSeq: number;
  /** No recipient is left to send to. */
  done: boolean;
  /** Quiet hours: nothing sent; try again at this instant (ISO). */
  holdUntil?: string;
  progress: CampaignProgress;
}

/** Recipients read, checked, claimed and sent together; the pause check runs between chunks. */
const CHUNK = 200;
/** Provider calls in flight at once within a chunk. */
const CONCURRENCY = 100;
/** Recipients per activity call before it hands back to the workflow (bounded history, fresh heartbeat cursor). */
const BATCH = 2_000;

/**
 * One batch of a campaign's send: walks the ledger by keyset cursor in chunks, checks consent and
 * the frequency cap per recipient at send time, takes rate-limit tokens shared by all workers,
 * claims recipients (SENDING) before the provider call and settles them after it. It heartbeats
 * its cursor (a retry resumes there) and stops between chunks as soon as the campaign is no
 * longer RUNNING, so a pause takes effect within one chunk.
 */
export async function sendCampaignBatch(deps: CommunicationDependencies, input: CampaignBatchInput): Promise<CampaignBatchResult> {
  const { prisma } = deps;
  const context = Context.current();
  const resumed = (context.info.heartbeatDetails as { cursor?: number } | undefined)?.cursor;
  let cursor = Math.max(input.afterSeq, resumed ?? 0);
  const campaign = await loadCampaign(prisma, input.campaignId);
  const result = async (done: boolean, holdUntil?: string): Promise<CampaignBatchResult> => ({
    lastSeq: cursor,
    done,
    ...(holdUntil && { holdUntil }),
    progress: await ledgerProgress(prisma, input.campaignId),
  });
  if (campaign.status !== 'RUNNING') return result(false);
  const hold = quietHoursEnd(new Date(input.at), campaign.timezone, campaign.quietHoursStart, campaign.quietHoursEnd);
  if (hold) return result(false, hold.toISOString());

  const channel = deps.channels[campaign.source.channel];
  const stillRunning = async () => (await campaignStatus(prisma, input.campaignId)) === 'RUNNING';
  const batchSize = input.batchSize ?? BATCH;
  for (let handled = 0; handled < batchSize;) {
    const rows = await readLedgerPage(prisma, input.campaignId, cursor, Math.min(CHUNK, batchSize));
    if (!rows.length) return result(true);

    const leftovers = rows.filter((r) => r.status === 'SENDING');
    const resend = new Set(await settleLeftovers(deps, campaign.source, channel, leftovers));
    const fresh = rows.filter((r) => r.status === 'PENDING' || resend.has(r.id));
    const { retry, waitingSeqs } = await sendChunk(deps, campaign, channel, fresh, stillRunning, () => context.heartbeat({ cursor }));

    handled += rows.length;
    if (retry) {
      // The provider is failing for now: those recipients wait (PENDING) and Temporal retries this batch with backoff.
      throw new Error(`The provider refused ${retry} message(s) for now; they will be retried`);
    }
    // The cursor never passes a recipient still waiting (the campaign stopped mid-chunk).
    cursor = waitingSeqs.length ? Math.min(...waitingSeqs) - 1 : rows[rows.length - 1].seq;
    context.heartbeat({ cursor });
    if (!(await stillRunning())) return result(false);
  }
  return result(false);
}

interface LoadedCampaign {
  status: string;
  timezone: string;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  /** Messages per second on this channel, if the hospital set a limit. */
  rateLimit: number | null;
  source: CampaignSource;
}

async function loadCampaign(prisma: PrismaClient, campaignId: string): Promise<LoadedCampaign> {
  const campaign = await prisma.cRMCampaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: {
      id: true,
      status: true,
      hospitalId: true,
      channel: true,
      template: { select: { subject: true, content: true } },
      hospital: {
        select: {
          name: true,
          timezone: true,
          settings: { select: { quietHoursStart: true, quietHoursEnd: true, rateLimits: true, frequencyCapPerWeek: true } },
        },
      },
    },
  });
  if (!isTemplateChannel(campaign.channel)) throw new ProviderRejection('ses', `Campaigns cannot send on ${campaign.channel}`);
  if (!campaign.template) throw new ProviderRejection('ses', 'The campaign has no template');
  const settings = campaign.hospital.settings;
  const limits = (settings?.rateLimits ?? {}) as Record<string, unknown>;
  const limit = Number(limits[campaign.channel]);
  return {
    status: campaign.status,
    timezone: campaign.hospital.timezone,
    quietHoursStart: settings?.quietHoursStart ?? null,
    quietHoursEnd: settings?.quietHoursEnd ?? null,
    rateLimit: Number.isFinite(limit) && limit > 0 ? limit : null,
    source: {
      id: campaign.id,
      hospitalId: campaign.hospitalId,
      channel: campaign.channel,
      render: templateRenderer({ channel: campaign.channel, subject: campaign.template.subject, content: campaign.template.content }),
      hospitalValues: hospitalTemplateValues(campaign.hospital),
      frequencyCapPerWeek: settings?.frequencyCapPerWeek ?? 3,
    },
  };
}

/**
 * Recipients a crashed attempt left SENDING: if the provider can say whether the message
 * arrived, settle by its answer; otherwise mark UNKNOWN. Returns the ids the provider says it
 * never received: they are PENDING again, to be sent now.
 */
async function settleLeftovers(deps: CommunicationDependencies, source: CampaignSource, channel: Channel, leftovers: LedgerPageRow[]): Promise<string[]> {
  if (!leftovers.length) return [];
  const at = new Date();
  const claimed = leftovers.map((r) => ({ recipientId: r.id, communicationId: r.communicationId ?? deterministicUuid(`campaign:${r.id}`) }));
  if (!channel.findSent) {
    await markUnknown(deps.prisma, claimed, at);
    return [];
  }
  const sent: Sent[] = [];
  const retry: Settled[] = [];
  for (const [i, row] of leftovers.entries()) {
    const stored = await deps.prisma.cRMCommunication.findUnique({ where: { id: claimed[i].communicationId } });
    const body = stored ? deps.cipher.decrypt(stored.body, stored.bodyKeyId) : null;
    if (!stored || body === null) {
      retry.push(claimed[i]);
      continue;
    }
    const message = messageFor({ ...stored, body }, deps.unsubscribeLinks);
    const receipt = await channel.findSent(message, row.attemptedAt ?? at);
    if (receipt) sent.push({ ...claimed[i], receipt });
    else retry.push(claimed[i]);
  }
  await settleChunk(deps.prisma, source.id, sent, [], retry, at);
  return retry.map((r) => r.recipientId);
}

/**
 * Checks one chunk, then claims, sends and settles it slice by slice: a slice is as many
 * messages as may go out at once (the concurrency, or one second's worth under a rate limit).
 * Returns the seqs of recipients still waiting: transient provider errors (`retry`) and those
 * not reached because the campaign stopped meanwhile (`untouched`).
 */
async function sendChunk(
  deps: CommunicationDependencies,
  campaign: LoadedCampaign,
  channel: Channel,
  rows: LedgerRow[],
  stillRunning: () => Promise<boolean>,
  beat: () => void,
): Promise<{ retry: number; waitingSeqs: number[] }> {
  if (!rows.length) return { retry: 0, waitingSeqs: [] };
  const { prisma, cipher } = deps;
  const prepared = await prepareRecipients(prisma, campaign.source, rows, new Date());
  const skipped = prepared.filter((p): p is Extract<typeof p, { skip: string }> => 'skip' in p);
  const ready = prepared.filter((p): p is Exclude<typeof p, { skip: string }> => !('skip' in p));
  if (skipped.length) {
    await prisma.$executeRaw`
      UPDATE "CRMCampaignRecipient" AS r SET "status" = 'SKIPPED', "skipReason" = v.reason
      FROM (SELECT UNNEST(${skipped.map((s) => s.row.id)}::uuid[]) AS id, UNNEST(${skipped.map((s) => s.skip)}::text[]) AS reason) AS v
      WHERE r."id" = v.id AND r."status" = 'PENDING'`;
  }
  const step = campaign.rateLimit ? Math.max(1, Math.min(CONCURRENCY, Math.floor(campaign.rateLimit))) : CONCURRENCY;
  const waitingSeqs: number[] = [];
  let retries = 0;
  let i = 0;
  for (; i < ready.length; i += step) {
    let slice = ready.slice(i, i + step);
    if (campaign.rateLimit) {
      const granted = await acquireTokens(prisma, `${campaign.source.hospitalId}:${campaign.source.channel}`, slice.length, campaign.rateLimit, {
        beat,
        stop: async () => !(await stillRunning()),
      });
      slice = slice.slice(0, granted);
    } else if (i > 0 && !(await stillRunning())) {
      break;
    }
    // Paused while waiting for tokens: what was not claimed stays PENDING for the resume.
    if (!slice.length) break;
    const claims = await claim(prisma, cipher, campaign.source, slice, new Date());
    const sent: Sent[] = [];
    const failed: Failed[] = [];
    const retry: Array<Settled & { row: LedgerRow }> = [];
    // No usable answer: it may have gone out. Left SENDING like a crash mid-call; the retry settles it.
    const unknown: LedgerRow[] = [];
    await Promise.all(
      claims.map(async (c) => {
        try {
          sent.push({ ...c, receipt: await channel.send(messageFor(c.message, deps.unsubscribeLinks)) });
        } catch (error) {
          if (error instanceof ProviderRejection) failed.push({ ...c, reason: error.reason });
          else if (error instanceof ProviderOutcomeUnknown) unknown.push(c.row);
          else retry.push(c);
        }
      }),
    );
    await settleChunk(prisma, campaign.source.id, sent, failed, retry, new Date());
    retries += retry.length + unknown.length;
    waitingSeqs.push(...retry.map((r) => r.row.seq), ...unknown.map((r) => r.seq));
    beat();
    if (slice.length < Math.min(step, ready.length - i)) {
      waitingSeqs.push(...ready.slice(i + slice.length).map((p) => p.row.seq));
      return { retry: retries, waitingSeqs };
    }
  }
  waitingSeqs.push(...ready.slice(i).map((p) => p.row.seq));
  return { retry: retries, waitingSeqs };
}
