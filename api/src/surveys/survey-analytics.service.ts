import { Injectable } from '@nestjs/common';
import { Prisma } from '@hospital-crm/db';
import { SENTIMENTS } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { SurveyAnalyticsQueryDto } from './dto/survey-analytics-query.dto';
import { foldScoreRows, rate, type GroupStats, type ScoreRow } from './survey-analytics-fold';
import { SurveysService } from './surveys.service';

const YEAR_MS = 365 * 24 * 3_600_000;

interface Window {
  hospitalId: string;
  surveyId: string;
  from: Date;
  to: Date;
}

const summary = ({ npsDistribution: _distribution, ...stats }: GroupStats) => stats;

/**
 * A survey's numbers over [from, to): NPS with its split and 0-10 distribution, CSAT, sentiment,
 * follow-ups, a trend by week or month in the hospital's time zone, per doctor and department,
 * and the response rate per channel. Everything is grouped in PostgreSQL; NPS is computed from
 * the grouped counts by the domain's computeNps, so it is the seed's formula exactly.
 */
@Injectable()
export class SurveyAnalyticsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly surveys: SurveysService,
  ) {}

  async analytics(hospitalId: string, surveyId: string, query: SurveyAnalyticsQueryDto, now = new Date()) {
    const survey = await this.surveys.get(hospitalId, surveyId);
    const to = query.to ? new Date(query.to) : now;
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - YEAR_MS);
    if (from >= to) throw ApiError.badRequest('from must be before to', [{ field: 'from', messages: ['must be before to'] }]);
    const { timezone } = await this.prisma.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } });
    const w: Window = { hospitalId, surveyId, from, to };
    // Trend buckets: the local week (Monday) or month the answer was given in, as a local date.
    const period = Prisma.sql`to_char(date_trunc(${query.interval}, (r."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone}), 'YYYY-MM-DD')`;

    const [overall, trend, doctors, departments, sentiments, channels] = await Promise.all([
      this.scores(w, Prisma.sql`'all'`),
      this.scores(w, period),
      this.scores(w, Prisma.sql`r."doctorId"::text`),
      this.scores(w, Prisma.sql`r.department`),
      this.sentiments(w),
      this.channels(w),
    ]);
    const all = overall.get('all') ?? foldScoreRows([{ key: 'all', score: null, n: 0, csatSum: null, csatN: 0 }]).get('all')!;
    return {
      survey: { id: survey.id, name: survey.name, surveyType: survey.surveyType },
      range: { from, to, interval: query.interval, timezone },
      responses: all.responses,
      nps: all.nps,
      npsDistribution: all.npsDistribution,
      csat: all.csat,
      sentiment: sentiments,
      trend: [...trend].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([periodStart, stats]) => ({ periodStart, ...summary(stats) })),
      byDoctor: await this.withDoctors(doctors),
      byDepartment: [...departments].map(([department, stats]) => ({ department, ...summary(stats) })),
      byChannel: channels,
    };
  }

  private async scores(w: Window, key: Prisma.Sql): Promise<Map<string | null, GroupStats>> {
    const rows = await this.prisma.$queryRaw<ScoreRow[]>`
      SELECT ${key} AS key, r."npsScore" AS score, count(*)::int AS n, sum(r."csatScore") AS "csatSum", count(r."csatScore")::int AS "csatN"
      FROM "CRMSurveyResponse" r
      WHERE r."hospitalId" = ${w.hospitalId}::uuid AND r."surveyId" = ${w.surveyId}::uuid AND r."submittedAt" >= ${w.from} AND r."submittedAt" < ${w.to}
      GROUP BY 1, 2 ORDER BY 1, 2`;
    return foldScoreRows(rows);
  }

  private async sentiments(w: Window) {
    const rows = await this.prisma.cRMSurveyResponse.groupBy({
      by: ['sentiment', 'requiresFollowUp'],
      where: { hospitalId: w.hospitalId, surveyId: w.surveyId, submittedAt: { gte: w.from, lt: w.to } },
      _count: { _all: true },
    });
    const count = (match: (r: (typeof rows)[number]) => boolean) => rows.filter(match).reduce((sum, r) => sum + r._count._all, 0);
    return {
      ...Object.fromEntries(SENTIMENTS.map((s) => [s, count((r) => r.sentiment === s)])),
      unknown: count((r) => r.sentiment === null),
      requiresFollowUp: count((r) => r.requiresFollowUp),
    };
  }

  /** Invitations sent in the window by channel, and how many of them were answered. */
  private async channels(w: Window) {
    const rows = await this.prisma.$queryRaw<Array<{ channel: string; sent: number; responded: number; skipped: number }>>`
      SELECT i.channel::text AS channel,
             count(*) FILTER (WHERE i."sentAt" IS NOT NULL)::int AS sent,
             count(*) FILTER (WHERE i."sentAt" IS NOT NULL AND i."respondedAt" IS NOT NULL)::int AS responded,
             count(*) FILTER (WHERE i."skippedAt" IS NOT NULL)::int AS skipped
      FROM "CRMSurveyInvitation" i
      WHERE i."hospitalId" = ${w.hospitalId}::uuid AND i."surveyId" = ${w.surveyId}::uuid AND i."createdAt" >= ${w.from} AND i."createdAt" < ${w.to}
      GROUP BY i.channel ORDER BY i.channel`;
    return rows.map((r) => ({
      channel: r.channel,
      invitationsSent: r.sent,
      responses: r.responded,
      notSent: r.skipped,
      responseRate: rate(r.responded, r.sent),
    }));
  }

  private async withDoctors(doctors: Map<string | null, GroupStats>) {
    const ids = [...doctors.keys()].filter((id): id is string => id !== null);
    const users = await this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true } });
    return [...doctors].map(([id, stats]) => ({ doctor: users.find((u) => u.id === id) ?? null, ...summary(stats) }));
  }
}
