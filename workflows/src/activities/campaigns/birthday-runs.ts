import { BIRTHDAY_SEND_HOUR } from '@hospital-crm/domain';
import { CampaignAudienceError, type PrismaClient } from '@hospital-crm/db';
import { launch } from './campaign-transitions';

interface DueCampaign {
  id: string;
  run_date: string;
}

/**
 * Today's run of every running birthday campaign whose hospital's local clock has passed the
 * send hour: created (one per campaign and local date, by the unique key) and launched with the
 * contacts born on that day. Returns the runs that are sending, for their workflows to be started.
 * Idempotent: called again the same day, it creates nothing and returns the runs still sending.
 */
export async function openBirthdayRuns(prisma: PrismaClient, at: Date): Promise<string[]> {
  const due = await prisma.$queryRaw<DueCampaign[]>`
    SELECT c.id, to_char((${at}::timestamptz AT TIME ZONE h.timezone)::date, 'YYYY-MM-DD') AS run_date
    FROM "CRMCampaign" c JOIN "Hospital" h ON h.id = c."hospitalId"
    WHERE c."campaignType" = 'BIRTHDAY' AND c."parentCampaignId" IS NULL AND c.status = 'RUNNING'
      AND extract(hour FROM ${at}::timestamptz AT TIME ZONE h.timezone) >= ${BIRTHDAY_SEND_HOUR}`;
  const sending: string[] = [];
  for (const { id, run_date: runDate } of due) {
    // Prisma keeps UTC wall time in timestamp columns.
    await prisma.$executeRaw`
      INSERT INTO "CRMCampaign" (id, "hospitalId", name, description, "campaignType", status, channel, "templateId", audience,
                                 "costPerMessage", "createdById", "parentCampaignId", "runDate", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), p."hospitalId", p.name || ' · ' || ${runDate}, p.description, p."campaignType", 'DRAFT', p.channel,
             p."templateId", p.audience, p."costPerMessage", p."createdById", p.id, ${runDate}::date,
             ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM "CRMCampaign" p WHERE p.id = ${id}::uuid
      ON CONFLICT ("parentCampaignId", "runDate") DO NOTHING`;
    const run = await prisma.cRMCampaign.findUniqueOrThrow({
      where: { parentCampaignId_runDate: { parentCampaignId: id, runDate: new Date(`${runDate}T00:00:00Z`) } },
      select: { id: true, status: true },
    });
    let status = run.status;
    if (status === 'DRAFT') {
      try {
        status = (await launch(prisma, run.id, undefined, at)).status;
      } catch (error) {
        // The parent's audience or channel cannot be sent any more (the API checks both when they
        // are saved): this run stays a draft, and the other hospitals' runs go on.
        if (!(error instanceof CampaignAudienceError)) throw error;
        console.warn(`birthday run ${run.id} of campaign ${id} not launched: ${error.message}`);
      }
    }
    if (status === 'RUNNING') sending.push(run.id);
  }
  return sending;
}
