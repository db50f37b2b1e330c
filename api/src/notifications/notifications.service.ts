import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { paginated, skipFor, type PaginationQueryDto } from '../common/pagination/pagination-query.dto';

/** The signed-in user's in-app notifications (task reminders, overdue alerts, assignments). */
@Injectable()
export class NotificationsService {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async list(userId: string, query: PaginationQueryDto, unreadOnly: boolean) {
    const where = { userId, ...(unreadOnly && { readAt: null }) };
    const [notifications, total] = await Promise.all([
      this.prisma.notification.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: skipFor(query),
        take: query.limit,
        select: { id: true, type: true, title: true, body: true, link: true, readAt: true, createdAt: true },
      }),
      this.prisma.notification.count({ where }),
    ]);
    return paginated('notifications', notifications, query, total);
  }

  async unreadCount(userId: string) {
    return { unread: await this.prisma.notification.count({ where: { userId, readAt: null } }) };
  }

  async markRead(userId: string, id: string) {
    const updated = await this.prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
    if (updated.count === 0 && !(await this.prisma.notification.findFirst({ where: { id, userId }, select: { id: true } }))) {
      throw ApiError.notFound('Notification', id);
    }
    return { id, read: true };
  }

  async markAllRead(userId: string) {
    const { count } = await this.prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
    return { marked: count };
  }
}
