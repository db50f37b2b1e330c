import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { PrismaClient } from '@hospital-crm/db';
import {
  BIRTHDAY_SCHEDULE_ID,
  campaignWorkflowId,
  cancelCampaignUpdate,
  launchCampaignUpdate,
  pauseCampaignUpdate,
  resumeCampaignUpdate,
  WORKFLOW_TYPES,
} from '../src/shared';
import type { campaignWorkflow } from '../src/workflows/campaign.workflow';
import type { birthdayCampaignsWorkflow } from '../src/workflows/birthday-campaigns.workflow';
import { startTimeSkipping, type TimeSkippingHarness } from './support/time-skipping';
import { twilioMessagesTo, uniquePhone } from './support/channel-stand-ins';

// Birthday campaigns on the time-skipping server: launched once, a run each day for the contacts
// born on that day in the hospital's time zone, through the real twilio client to the fake.
const DAY = 86_400_000;
let h: TimeSkippingHarness;

beforeAll(async () => {
  h = await startTimeSkipping();
}, 120_000);
afterAll(() => h.stop());

/** A fixed-offset zone whose local clock now reads `hour` o'clock (give or take the minutes), and its dates around today. */
function clockAt(now: number, hour: number) {
  let offsetHours = (hour - new Date(now).getUTCHours() + 24) % 24;
  if (offsetHours > 14) offsetHours -= 24;
  const zone = offsetHours === 0 ? 'UTC' : offsetHours > 0 ? `Etc/GMT-${offsetHours}` : `Etc/GMT+${-offsetHours}`;
  /** The local calendar date ("YYYY-MM-DD") `days` from now. */
  const date = (days: number) => new Date(now + offsetHours * 3_600_000 + days * DAY).toISOString().slice(0, 10);
  return { zone, dates: { today: date(0), tomorrow: date(1), yesterday: date(-1) } };
}

interface BirthdayFixture {
  hospitalId: string;
  campaignId: string;
  /** Lead phones by whose birthday: today, tomorrow, yesterday, today but opted out of marketing. */
  phones: { today: string[]; tomorrow: string; yesterday: string; optedOut: string };
}

async function birthdayCampaign(prisma: PrismaClient, zone: string, dates: { today: string; tomorrow: string; yesterday: string }): Promise<BirthdayFixture> {
  const hospital = await prisma.hospital.create({ data: { name: 'Sunrise', code: `BD${randomUUID().slice(0, 6).toUpperCase()}`, timezone: zone } });
  await prisma.cRMSettings.create({ data: { hospitalId: hospital.id, frequencyCapPerWeek: 10 } });
  const phones = { today: [uniquePhone(), uniquePhone()], tomorrow: uniquePhone(), yesterday: uniquePhone(), optedOut: uniquePhone() };
  const born = (date: string, year: number) => new Date(`${year}${date.slice(4)}T00:00:00Z`);
  const leads = [
    { phone: phones.today[0], dateOfBirth: born(dates.today, 1980) },
    { phone: phones.today[1], dateOfBirth: born(dates.today, 1996) },
    { phone: phones.tomorrow, dateOfBirth: born(dates.tomorrow, 1988) },
    { phone: phones.yesterday, dateOfBirth: born(dates.yesterday, 1988) },
    { phone: phones.optedOut, dateOfBirth: born(dates.today, 1970), doNotMarket: true },
  ];
  await prisma.cRMLead.createMany({
    data: leads.map((lead, i) => ({
      hospitalId: hospital.id,
      leadNumber: `LD-${hospital.code}-${String(i + 1).padStart(6, '0')}`,
      firstName: `Guest${i + 1}`,
      lastName: 'Test',
      source: 'WEBSITE' as const,
      ...lead,
    })),
  });
  const template = await prisma.cRMTemplate.create({
    data: {
      hospitalId: hospital.id,
      name: 'Birthday',
      channel: 'WHATSAPP',
      category: 'BIRTHDAY_GREETING',
      content: 'Happy birthday, {{firstName}}! From {{hospitalName}}.',
    },
  });
  const campaign = await prisma.cRMCampaign.create({
    data: {
      hospitalId: hospital.id,
      name: 'Birthdays',
      campaignType: 'BIRTHDAY',
      channel: 'WHATSAPP',
      templateId: template.id,
      audience: { contactTypes: ['LEAD'] },
    },
  });
  return { hospitalId: hospital.id, campaignId: campaign.id, phones };
}

async function launchParent(campaignId: string): Promise<WorkflowHandle<typeof campaignWorkflow>> {
  const handle = await h.env.client.workflow.start<typeof campaignWorkflow>(WORKFLOW_TYPES.campaign, {
    taskQueue: h.taskQueue,
    workflowId: campaignWorkflowId(campaignId),
    args: [campaignId],
  });
  expect(await handle.executeUpdate(launchCampaignUpdate, { args: [{}] })).toMatchObject({ status: 'RUNNING', daily: true, totalRecipients: 0 });
  return handle;
}

/** One pass of the hourly schedule's workflow (as of `at`, or now); waits for the runs it started to finish. */
async function hourlyPass(at?: number): Promise<string[]> {
  const runs = await h.env.client.workflow.execute<typeof birthdayCampaignsWorkflow>(WORKFLOW_TYPES.birthdayCampaigns, {
    taskQueue: h.taskQueue,
    workflowId: `${BIRTHDAY_SCHEDULE_ID}-test-${randomUUID()}`,
    args: [at === undefined ? {} : { at: new Date(at).toISOString() }],
  });
  for (const id of runs) await h.env.client.workflow.getHandle(campaignWorkflowId(id)).result();
  return runs;
}

const messages = async (phone: string) => (await twilioMessagesTo(phone)).length;
const runsOf = (campaignId: string) => h.prisma.cRMCampaign.findMany({ where: { parentCampaignId: campaignId }, orderBy: { runDate: 'asc' } });

describe('birthday campaigns (time-skipping)', () => {
  it('greets the contacts born today in the hospital time zone, once, in a run of its own; tomorrow brings the next run', async () => {
    await h.withWorker(async () => {
      const now = await h.now();
      const { zone, dates } = clockAt(now, 13);
      const f = await birthdayCampaign(h.prisma, zone, dates);
      const parent = await launchParent(f.campaignId);

      const [runId] = await hourlyPass();
      expect(runId).toBeDefined();
      const run = await h.prisma.cRMCampaign.findUniqueOrThrow({ where: { id: runId } });
      expect(run).toMatchObject({
        parentCampaignId: f.campaignId,
        campaignType: 'BIRTHDAY',
        status: 'COMPLETED',
        totalRecipients: 2,
        sentCount: 2,
        name: `Birthdays · ${dates.today}`,
      });
      expect(run.runDate?.toISOString().slice(0, 10)).toBe(dates.today);
      expect(await Promise.all(f.phones.today.map(messages))).toEqual([1, 1]);
      expect((await twilioMessagesTo(f.phones.today[0]))[0].message.body).toBe('Happy birthday, Guest1! From Sunrise.');
      expect(await Promise.all([f.phones.tomorrow, f.phones.yesterday, f.phones.optedOut].map(messages))).toEqual([0, 0, 0]);

      // Later passes the same day open nothing new and send nothing again.
      expect(await hourlyPass()).toEqual([]);
      expect(await runsOf(f.campaignId)).toHaveLength(1);
      expect(await Promise.all(f.phones.today.map(messages))).toEqual([1, 1]);

      // The next day's pass (as an operator would catch up a missed day).
      const [nextRun] = await hourlyPass(now + DAY);
      expect(nextRun).not.toBe(runId);
      expect((await runsOf(f.campaignId)).map((r) => r.runDate?.toISOString().slice(0, 10))).toEqual([dates.today, dates.tomorrow]);
      expect(await messages(f.phones.tomorrow)).toBe(1);
      expect(await Promise.all(f.phones.today.map(messages))).toEqual([1, 1]);

      // The parent itself never completes: it runs until cancelled.
      expect((await h.prisma.cRMCampaign.findUniqueOrThrow({ where: { id: f.campaignId } })).status).toBe('RUNNING');
      await parent.executeUpdate(cancelCampaignUpdate);
      expect((await parent.result()).status).toBe('CANCELLED');
    });
  });

  it('opens no run while paused, for a cancelled campaign, or before the morning send hour of its hospital', async () => {
    await h.withWorker(async () => {
      const now = await h.now();
      const early = clockAt(now, 3);
      const beforeNine = await birthdayCampaign(h.prisma, early.zone, early.dates);
      const earlyParent = await launchParent(beforeNine.campaignId);

      const noon = clockAt(now, 12);
      const paused = await birthdayCampaign(h.prisma, noon.zone, noon.dates);
      const pausedParent = await launchParent(paused.campaignId);
      await pausedParent.executeUpdate(pauseCampaignUpdate);
      const cancelled = await birthdayCampaign(h.prisma, noon.zone, noon.dates);
      const cancelledParent = await launchParent(cancelled.campaignId);
      await cancelledParent.executeUpdate(cancelCampaignUpdate);

      expect(await hourlyPass()).toEqual([]);
      for (const f of [beforeNine, paused, cancelled]) {
        expect(await runsOf(f.campaignId)).toEqual([]);
        expect(await Promise.all(f.phones.today.map(messages))).toEqual([0, 0]);
      }

      // Resumed, the paused campaign greets today's contacts at the next pass.
      expect(await pausedParent.executeUpdate(resumeCampaignUpdate)).toMatchObject({ status: 'RUNNING' });
      expect(await hourlyPass()).toHaveLength(1);
      expect(await Promise.all(paused.phones.today.map(messages))).toEqual([1, 1]);
      await Promise.all([earlyParent, pausedParent].map((p) => p.executeUpdate(cancelCampaignUpdate)));
    });
  });
});
