import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import {
  campaignProgressQuery,
  campaignWorkflowId,
  cancelCampaignUpdate,
  launchCampaignUpdate,
  pauseCampaignUpdate,
  rescheduleCampaignUpdate,
  resumeCampaignUpdate,
  WORKFLOW_TYPES,
} from '../src/shared';
import type { campaignWorkflow, CampaignWorkflowOptions } from '../src/workflows/campaign.workflow';
import { startTimeSkipping, type TimeSkippingHarness } from './support/time-skipping';
import { twilioMessagesTo } from './support/channel-stand-ins';
import { draftCampaign, type CampaignFixture } from './support/campaign-fixtures';

// Campaigns through the real twilio client to the local Twilio fake, on the time-skipping server.
const HOUR = 3_600_000;
let h: TimeSkippingHarness;

beforeAll(async () => {
  h = await startTimeSkipping();
}, 120_000);
afterAll(() => h.stop());

async function start(fixture: CampaignFixture, options: CampaignWorkflowOptions = {}): Promise<WorkflowHandle<typeof campaignWorkflow>> {
  return h.env.client.workflow.start<typeof campaignWorkflow>(WORKFLOW_TYPES.campaign, {
    taskQueue: h.taskQueue,
    workflowId: campaignWorkflowId(fixture.campaignId),
    args: [fixture.campaignId, options],
  });
}

/** How many messages each recipient's phone received, in fixture order. */
const received = (fixture: CampaignFixture) => Promise.all(fixture.phones.map(async (p) => (await twilioMessagesTo(p)).length));
const ledger = async (campaignId: string) =>
  Object.fromEntries(
    (await h.prisma.cRMCampaignRecipient.groupBy({ by: ['status'], where: { campaignId }, _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  );
const campaignRow = (id: string) => h.prisma.cRMCampaign.findUniqueOrThrow({ where: { id } });

describe('campaign workflow (time-skipping)', () => {
  it('launches now, sends each recipient exactly one rendered message, completes, and the counters match the ledger', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 12);
      const handle = await start(fixture);
      const launched = await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      expect(launched).toMatchObject({ status: 'RUNNING', totalRecipients: 12 });
      const done = await handle.result();
      expect(done).toMatchObject({ status: 'COMPLETED', totalRecipients: 12, sent: 12, processed: 12, failed: 0 });
      expect(await received(fixture)).toEqual(Array(12).fill(1));
      expect((await twilioMessagesTo(fixture.phones[0]))[0].message.body).toBe('Hi Guest1, free eye check-up at Campaigns this Sunday.');
      const row = await campaignRow(fixture.campaignId);
      expect(row).toMatchObject({ status: 'COMPLETED', sentCount: 12, failedCount: 0, totalRecipients: 12 });
      expect(row.startedAt).not.toBeNull();
      expect(row.completedAt).not.toBeNull();
      expect(await ledger(fixture.campaignId)).toEqual({ SENT: 12 });
      const comms = await h.prisma.cRMCommunication.findMany({ where: { campaignId: fixture.campaignId } });
      expect(comms).toHaveLength(12);
      expect(comms.every((c) => c.status === 'SENT' && c.isMarketing && c.providerMessageId?.startsWith('SM'))).toBe(true);
    });
  });

  it('refuses illegal moves with a reason: pause or resume a draft, launch twice, resume a running campaign', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 2);
      const handle = await start(fixture);
      await expect(handle.executeUpdate(pauseCampaignUpdate)).rejects.toThrow(WorkflowUpdateFailedError);
      await expect(handle.executeUpdate(resumeCampaignUpdate)).rejects.toThrow(WorkflowUpdateFailedError);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{ startAt: new Date((await h.now()) + HOUR).toISOString() }] });
      const again = handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      await expect(again).rejects.toThrow(WorkflowUpdateFailedError);
      await again.catch((error: WorkflowUpdateFailedError) => expect(error.cause?.message).toBe('A scheduled campaign cannot be launched'));
      await expect(handle.executeUpdate(resumeCampaignUpdate)).rejects.toThrow(WorkflowUpdateFailedError);
      await handle.executeUpdate(cancelCampaignUpdate);
      expect((await handle.result()).status).toBe('CANCELLED');
    });
  });

  it('waits for its start time, not before; a reschedule moves it', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 3);
      const handle = await start(fixture);
      const startAt = new Date((await h.now()) + 2 * HOUR).toISOString();
      expect(await handle.executeUpdate(launchCampaignUpdate, { args: [{ startAt }] })).toMatchObject({ status: 'SCHEDULED', startAt, totalRecipients: 3 });
      const later = new Date((await h.now()) + 6 * HOUR).toISOString();
      expect(await handle.executeUpdate(rescheduleCampaignUpdate, { args: [later] })).toMatchObject({ status: 'SCHEDULED', startAt: later });
      await h.env.sleep('3 hours');
      expect(await received(fixture)).toEqual([0, 0, 0]);
      expect((await campaignRow(fixture.campaignId)).status).toBe('SCHEDULED');
      await h.env.sleep('4 hours');
      expect((await handle.result()).status).toBe('COMPLETED');
      expect(await received(fixture)).toEqual([1, 1, 1]);
    });
  });

  it("skips a recipient at the hospital's weekly frequency cap; messages from other hospitals, transactional ones and older ones do not count", async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 4, { frequencyCapPerWeek: 1 });
      const other = await h.prisma.hospital.create({ data: { name: 'Elsewhere', code: `EL${fixture.campaignId.slice(0, 6).toUpperCase()}` } });
      // The batch judges the week by the wall clock (not the test server's skipped time).
      const now = Date.now();
      const sent = (phone: string, extra: { hospitalId?: string; isMarketing?: boolean; daysAgo?: number } = {}) =>
        h.prisma.cRMCommunication.create({
          data: {
            hospitalId: extra.hospitalId ?? fixture.hospitalId,
            channel: 'WHATSAPP',
            direction: 'OUTBOUND',
            status: 'SENT',
            toAddress: phone,
            body: 'earlier',
            isMarketing: extra.isMarketing ?? true,
            createdAt: new Date(now - (extra.daysAgo ?? 1) * 86_400_000),
          },
        });
      const [capped, elsewhere, transactional, old] = fixture.phones;
      await sent(capped);
      await sent(elsewhere, { hospitalId: other.id });
      await sent(transactional, { isMarketing: false });
      await sent(old, { daysAgo: 8 });
      const handle = await start(fixture);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      expect(await handle.result()).toMatchObject({ status: 'COMPLETED', sent: 3, skipped: 1 });
      expect(await received(fixture)).toEqual([0, 1, 1, 1]);
      const [skipped] = await h.prisma.cRMCampaignRecipient.findMany({ where: { campaignId: fixture.campaignId, status: 'SKIPPED' } });
      expect(skipped).toMatchObject({ address: capped, skipReason: 'Frequency cap: 1 marketing message in the last 7 days (cap 1)' });
    });
  });

  it('cancels a scheduled campaign: nothing is sent and every recipient is skipped with the reason', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 3);
      const handle = await start(fixture);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{ startAt: new Date((await h.now()) + HOUR).toISOString() }] });
      expect(await handle.executeUpdate(cancelCampaignUpdate)).toMatchObject({ status: 'CANCELLED', skipped: 3 });
      await h.env.sleep('2 hours');
      expect((await handle.result()).status).toBe('CANCELLED');
      expect(await received(fixture)).toEqual([0, 0, 0]);
      const skipped = await h.prisma.cRMCampaignRecipient.findMany({ where: { campaignId: fixture.campaignId } });
      expect(skipped.every((r) => r.status === 'SKIPPED' && r.skipReason === 'The campaign was cancelled')).toBe(true);
      expect((await campaignRow(fixture.campaignId)).cancelledAt).not.toBeNull();
    });
  });

  it('pauses mid-send (nothing more goes out after the answer), resumes, and still sends everyone exactly once', async () => {
    await h.withWorker(async () => {
      // 5 messages a second: 30 recipients take about six seconds, long enough to pause in the middle.
      const fixture = await draftCampaign(h.prisma, 30, { rateLimits: { WHATSAPP: 5 } });
      const handle = await start(fixture);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      await waitFor(async () => (await ledger(fixture.campaignId)).SENT >= 5);
      const paused = await handle.executeUpdate(pauseCampaignUpdate);
      expect(paused.status).toBe('PAUSED');
      const atPause = (await received(fixture)).reduce((a, b) => a + b, 0);
      expect(atPause).toBeGreaterThanOrEqual(5);
      expect(atPause).toBeLessThan(30);
      await new Promise((r) => setTimeout(r, 2500));
      const later = (await received(fixture)).reduce((a, b) => a + b, 0);
      // At most the one slice already with the provider when the answer came.
      expect(later - atPause).toBeLessThanOrEqual(5);
      expect((await handle.query(campaignProgressQuery)).status).toBe('PAUSED');
      expect((await campaignRow(fixture.campaignId)).pausedAt).not.toBeNull();

      expect((await handle.executeUpdate(resumeCampaignUpdate)).status).toBe('RUNNING');
      expect(await handle.result()).toMatchObject({ status: 'COMPLETED', sent: 30 });
      expect(await received(fixture)).toEqual(Array(30).fill(1));
      expect((await campaignRow(fixture.campaignId)).sentCount).toBe(30);
    });
  }, 90_000);

  it('keeps to the hospital rate limit: never more than a second of messages in any second', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 24, { rateLimits: { WHATSAPP: 8 } });
      const handle = await start(fixture);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      expect((await handle.result()).sent).toBe(24);
      const sentAt = (await h.prisma.cRMCampaignRecipient.findMany({ where: { campaignId: fixture.campaignId }, select: { attemptedAt: true } }))
        .map((r) => r.attemptedAt!.getTime())
        .sort((a, b) => a - b);
      // A full bucket (8) plus what refills within the window (8).
      for (const t of sentAt) expect(sentAt.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(16);
      expect(sentAt[sentAt.length - 1] - sentAt[0]).toBeGreaterThanOrEqual(1500);
    });
  }, 60_000);

  it('cancels a running campaign: the rest are skipped, nobody is sent twice', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 20, { rateLimits: { WHATSAPP: 5 } });
      const handle = await start(fixture);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      await waitFor(async () => (await ledger(fixture.campaignId)).SENT >= 5);
      expect((await handle.executeUpdate(cancelCampaignUpdate)).status).toBe('CANCELLED');
      const done = await handle.result();
      expect(done.status).toBe('CANCELLED');
      const counts = await received(fixture);
      expect(counts.every((n) => n <= 1)).toBe(true);
      const byStatus = await ledger(fixture.campaignId);
      expect((byStatus.SENT ?? 0) + (byStatus.SKIPPED ?? 0)).toBe(20);
      expect(byStatus.SENT).toBe(counts.reduce((a, b) => a + b, 0));
    });
  }, 60_000);

  it('continues as new between batches and still sends everyone once', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 12);
      const handle = await start(fixture, { batchSize: 4, batchesPerRun: 1 });
      const firstRun = (await handle.describe()).runId;
      await handle.executeUpdate(launchCampaignUpdate, { args: [{}] });
      expect(await handle.result()).toMatchObject({ status: 'COMPLETED', sent: 12 });
      expect((await h.env.client.workflow.getHandle(campaignWorkflowId(fixture.campaignId)).describe()).runId).not.toBe(firstRun);
      expect(await received(fixture)).toEqual(Array(12).fill(1));
    });
  });

  it('skips opted-out and suppressed recipients at send time, with the reason', async () => {
    await h.withWorker(async () => {
      const fixture = await draftCampaign(h.prisma, 3);
      const handle = await start(fixture);
      await handle.executeUpdate(launchCampaignUpdate, { args: [{ startAt: new Date((await h.now()) + HOUR).toISOString() }] });
      // After launch (the list is fixed), before the send: one opts out, one replies STOP elsewhere.
      await h.prisma.cRMLead.updateMany({ where: { hospitalId: fixture.hospitalId, phone: fixture.phones[0] }, data: { doNotMarket: true } });
      await h.prisma.contactSuppression.create({
        data: { hospitalId: fixture.hospitalId, channel: 'WHATSAPP', address: fixture.phones[1], reason: 'STOP_REPLY', scope: 'ALL' },
      });
      await h.env.sleep('2 hours');
      expect(await handle.result()).toMatchObject({ status: 'COMPLETED', sent: 1, skipped: 2 });
      expect(await received(fixture)).toEqual([0, 0, 1]);
      const reasons = (await h.prisma.cRMCampaignRecipient.findMany({ where: { campaignId: fixture.campaignId }, orderBy: { seq: 'asc' } })).map(
        (r) => r.skipReason,
      );
      expect(reasons.filter(Boolean).sort()).toEqual(['The address is suppressed on this channel (stop reply)', 'The contact opted out of marketing']);
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
