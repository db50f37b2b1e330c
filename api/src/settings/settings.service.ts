import { Injectable } from '@nestjs/common';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import type { AuthUser } from '../common/auth';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { COMMUNICATION_CHANNELS } from '@hospital-crm/domain';
import type { UpdateSettingsDto } from './dto/update-settings.dto';

@Injectable()
export class SettingsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** A hospital's settings; the defaults are written on first read. */
  get(hospitalId: string) {
    return this.prisma.cRMSettings.upsert({ where: { hospitalId }, create: { hospitalId }, update: {} });
  }

  async update(user: AuthUser & { hospitalId: string }, dto: UpdateSettingsDto) {
    this.assertRateLimits(dto.rateLimits);
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.cRMSettings.upsert({ where: { hospitalId: user.hospitalId }, create: { hospitalId: user.hospitalId }, update: {} });
      const after = await tx.cRMSettings.update({ where: { hospitalId: user.hospitalId }, data: { ...dto, updatedById: user.id } });
      if ((after.quietHoursStart === null) !== (after.quietHoursEnd === null)) {
        throw ApiError.unprocessable('Quiet hours need both a start and an end (or neither)');
      }
      const changed = Object.keys(dto).filter((k) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after]));
      await this.audit.record(
        { userId: user.id, hospitalId: user.hospitalId },
        { action: 'settings.update', entityType: 'CRMSettings', entityId: after.id, details: { changed } },
        tx,
      );
      return after;
    });
  }

  private assertRateLimits(limits: UpdateSettingsDto['rateLimits']): void {
    if (!limits) return;
    for (const [channel, perSecond] of Object.entries(limits)) {
      if (!(COMMUNICATION_CHANNELS as readonly string[]).includes(channel)) {
        throw ApiError.badRequest(`rateLimits: ${channel} is not a channel`, [{ field: `rateLimits.${channel}`, messages: ['unknown channel'] }]);
      }
      if (!Number.isInteger(perSecond) || (perSecond as number) < 1 || (perSecond as number) > 10_000) {
        throw ApiError.badRequest(`rateLimits.${channel} must be a whole number from 1 to 10000`, [{ field: `rateLimits.${channel}`, messages: ['1..10000'] }]);
      }
    }
  }
}
