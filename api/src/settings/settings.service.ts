import { Injectable } from '@nestjs/common';
import type { Prisma } from '@hospital-crm/db';
import { AuditService } from '../common/audit/audit.service';
import type { AuthUser } from '../common/auth';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { invalidateDashboard } from '../reports/cache/dashboard-invalidation';
import type { UpdateSettingsDto } from './dto/update-settings.dto';
import { assertCoherent, assertSurveysUsable } from './settings-rules';
import { settingsDiff, toSettingsView, type SettingsField, type SettingsView } from './settings-view';

type Db = PrismaClient | Prisma.TransactionClient;

@Injectable()
export class SettingsService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /** A hospital's settings; the defaults are written on first read. */
  get(hospitalId: string): Promise<SettingsView> {
    return this.read(this.prisma, hospitalId);
  }

  /**
   * Changes what the body names and leaves the rest. The row is locked for the change, so the
   * audit's before/after are exact even when two admins save at once.
   */
  async update(user: AuthUser & { hospitalId: string }, dto: UpdateSettingsDto): Promise<SettingsView> {
    const { hospitalId } = user;
    const result = await this.prisma.$transaction(async (tx) => {
      await this.read(tx, hospitalId);
      await tx.$queryRaw`SELECT id FROM "CRMSettings" WHERE "hospitalId" = ${hospitalId}::uuid FOR UPDATE`;
      const before = await this.read(tx, hospitalId);
      assertCoherent(before, dto);
      await assertSurveysUsable(tx, hospitalId, dto);
      const { timezone, rateLimits, ...columns } = dto;
      if (timezone !== undefined && timezone !== before.timezone) await tx.hospital.update({ where: { id: hospitalId }, data: { timezone } });
      const row = await tx.cRMSettings.update({
        where: { hospitalId },
        // The nested DTO is a class instance; store its plain fields.
        data: { ...columns, ...(rateLimits && { rateLimits: { ...rateLimits } }), updatedById: user.id },
      });
      const after = toSettingsView(row, timezone ?? before.timezone);
      const diff = settingsDiff(before, after, Object.keys(dto) as SettingsField[]);
      if (diff.changed.length) {
        await this.audit.record(
          { userId: user.id, hospitalId },
          { action: 'settings.update', entityType: 'CRMSettings', entityId: after.id, details: diff },
          tx,
        );
      }
      return { after, zoneChanged: diff.changed.includes('timezone') };
    });
    // Days and months of the dashboard move with the zone.
    if (result.zoneChanged) await invalidateDashboard(hospitalId);
    return result.after;
  }

  private async read(db: Db, hospitalId: string): Promise<SettingsView> {
    const [row, hospital] = await Promise.all([
      db.cRMSettings.upsert({ where: { hospitalId }, create: { hospitalId }, update: {} }),
      db.hospital.findUniqueOrThrow({ where: { id: hospitalId }, select: { timezone: true } }),
    ]);
    return toSettingsView(row, hospital.timezone);
  }
}
