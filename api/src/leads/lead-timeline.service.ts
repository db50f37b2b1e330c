import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { PaginationQueryDto } from '../common/pagination/pagination-query.dto';

export interface TimelineItem {
  kind: 'activity' | 'communication' | 'task' | 'appointment';
  id: string;
  at: Date;
  title: string;
  description?: string | null;
  data: Record<string, unknown>;
}

// Deep pages of a merged feed cost page × limit rows per source; nobody reads past this.
const MAX_DEPTH = 1_000;
const person = { select: { id: true, firstName: true, lastName: true } } as const;

/** Activities, communications, tasks and the patient's appointments as one chronological feed. */
@Injectable()
export class LeadTimelineService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async timeline(hospitalId: string, leadId: string, query: Pick<PaginationQueryDto, 'page' | 'limit'>) {
    const lead = await this.prisma.cRMLead.findFirst({ where: { id: leadId, hospitalId, deletedAt: null }, select: { id: true, convertedToPatientId: true } });
    if (!lead) throw ApiError.notFound('Lead', leadId);
    const depth = query.page * query.limit;
    if (depth > MAX_DEPTH) throw ApiError.badRequest(`The timeline serves its latest ${MAX_DEPTH} entries; use a smaller page`);

    const patientId = lead.convertedToPatientId;
    const [activities, communications, tasks, appointments, counts] = await Promise.all([
      this.prisma.cRMActivity.findMany({ where: { leadId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: depth, include: { performedBy: person } }),
      this.prisma.cRMCommunication.findMany({
        where: { leadId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: depth,
        select: {
          id: true,
          createdAt: true,
          channel: true,
          direction: true,
          status: true,
          subject: true,
          outcome: true,
          durationSeconds: true,
          notes: true,
          scheduledFor: true,
          sentAt: true,
          initiatedBy: person,
        },
      }),
      this.prisma.cRMTask.findMany({
        where: { leadId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: depth,
        select: { id: true, createdAt: true, title: true, taskType: true, status: true, dueDate: true, completedAt: true, assignedTo: person },
      }),
      patientId
        ? this.prisma.appointment.findMany({
            where: { patientId, hospitalId },
            orderBy: { scheduledAt: 'desc' },
            take: depth,
            select: { id: true, scheduledAt: true, status: true, department: true, doctor: person },
          })
        : Promise.resolve([]),
      // The four sources' sizes in one round trip.
      this.prisma.$queryRaw<[{ total: number }]>`
        SELECT ((SELECT count(*) FROM "CRMActivity" WHERE "leadId" = ${leadId}::uuid)
          + (SELECT count(*) FROM "CRMCommunication" WHERE "leadId" = ${leadId}::uuid)
          + (SELECT count(*) FROM "CRMTask" WHERE "leadId" = ${leadId}::uuid)
          + (SELECT count(*) FROM "Appointment" WHERE "patientId" = ${patientId}::uuid AND "hospitalId" = ${hospitalId}::uuid))::int AS total`,
    ]);

    const items: TimelineItem[] = [
      ...activities.map(({ id, createdAt, activityType, title, description, metadata, performedBy }) => ({
        kind: 'activity' as const,
        id,
        at: createdAt,
        title,
        description,
        data: { activityType, metadata, performedBy },
      })),
      ...communications.map(({ id, createdAt, subject, notes, ...data }) => ({
        kind: 'communication' as const,
        id,
        at: createdAt,
        title: subject ?? `${data.direction === 'INBOUND' ? 'Inbound' : 'Outbound'} ${data.channel.toLowerCase().replace('_', ' ')}`,
        description: notes,
        data,
      })),
      ...tasks.map(({ id, createdAt, title, ...data }) => ({ kind: 'task' as const, id, at: createdAt, title: `Task: ${title}`, data })),
      ...appointments.map(({ id, scheduledAt, ...data }) => ({
        kind: 'appointment' as const,
        id,
        at: scheduledAt,
        title: `Appointment${data.department ? ` (${data.department})` : ''}`,
        data,
      })),
    ];
    items.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
    const start = (query.page - 1) * query.limit;
    return { items: items.slice(start, start + query.limit), page: query.page, limit: query.limit, total: counts[0].total };
  }
}
