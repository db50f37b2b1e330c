import { scoreLead } from '@hospital-crm/domain';
import type { Prisma, PrismaClient } from '@hospital-crm/db';
import { LEAD_SCORE_INPUTS } from './score-batch.activities';

export interface LeadScoreActivities {
  /** Recomputes and stores one lead's score; returns it, or null when the lead is gone. */
  recomputeLeadScore(leadId: string): Promise<number | null>;
}

export function createLeadScoreActivities(prisma: PrismaClient, clock: () => Date = () => new Date()): LeadScoreActivities {
  return {
    async recomputeLeadScore(leadId) {
      const lead = await prisma.cRMLead.findUnique({
        where: { id: leadId },
        select: { ...LEAD_SCORE_INPUTS, hospitalId: true, deletedAt: true },
      });
      if (!lead || lead.deletedAt) return null;
      const [communicationCount, respondedCount, lastCommunication] = await Promise.all([
        prisma.cRMCommunication.count({ where: { leadId, status: { notIn: ['SCHEDULED', 'CANCELLED', 'FAILED'] } } }),
        prisma.cRMCommunication.count({ where: { leadId, direction: 'OUTBOUND', status: 'RESPONDED' } }),
        prisma.cRMCommunication.findFirst({
          where: { leadId, status: { notIn: ['SCHEDULED', 'CANCELLED', 'FAILED'] } },
          orderBy: { createdAt: 'desc' },
          select: { createdAt: true },
        }),
      ]);
      const lastContactAt =
        [lead.lastContactedAt, lastCommunication?.createdAt].filter((d): d is Date => Boolean(d)).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
      const result = scoreLead(
        {
          source: lead.source,
          communicationCount,
          respondedCount,
          lastContactAt,
          interestedIn: lead.interestedIn,
          preferredDoctorId: lead.preferredDoctorId,
          preferredDate: lead.preferredDate,
        },
        clock(),
      );
      const breakdown = result.breakdown as unknown as Prisma.InputJsonValue;
      await prisma.$transaction([
        prisma.cRMLead.update({ where: { id: leadId }, data: { score: result.total, scoreBreakdown: breakdown, scoredAt: clock() } }),
        // Only a change is worth a line on the timeline.
        ...(result.total !== lead.score
          ? [
              prisma.cRMActivity.create({
                data: {
                  hospitalId: lead.hospitalId,
                  leadId,
                  activityType: 'SCORE_CHANGED',
                  title: `Score changed from ${lead.score} to ${result.total}`,
                  metadata: { from: lead.score, to: result.total, breakdown },
                },
              }),
            ]
          : []),
      ]);
      return result.total;
    },
  };
}
