import { Injectable } from '@nestjs/common';
import { LEAD_TRANSITIONS } from '@hospital-crm/domain';
import { attributeConversion } from './campaign-attribution';
import { ApiError } from '../common/envelope';
import { AuditService } from '../common/audit/audit.service';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import type { ConvertLeadDto } from './dto/convert-lead.dto';
import type { Actor } from './leads.service';

const patientView = {
  id: true,
  mrn: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  dateOfBirth: true,
  gender: true,
  createdAt: true,
} as const;

@Injectable()
export class LeadConversionService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  /**
   * Lead → patient in one transaction. The lead row is locked first, so two clicks (or two
   * staff) converting at once produce one patient; converting again returns that same patient.
   * A patient of the same hospital with the same phone or email is linked, not duplicated.
   */
  async convert(actor: Actor, leadId: string, dto: ConvertLeadDto) {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "CRMLead" WHERE id = ${leadId}::uuid AND "hospitalId" = ${actor.hospitalId}::uuid AND "deletedAt" IS NULL FOR UPDATE`;
      if (!locked.length) throw ApiError.notFound('Lead', leadId);
      const lead = await tx.cRMLead.findUniqueOrThrow({ where: { id: leadId } });
      if (lead.status === 'CONVERTED' && lead.convertedToPatientId) {
        const patient = await tx.patient.findUniqueOrThrow({ where: { id: lead.convertedToPatientId }, select: patientView });
        return { patient, leadId, created: false, linkedExisting: false };
      }
      LEAD_TRANSITIONS.assertMove(lead.status, 'CONVERTED');

      const contacts = [...(lead.phone ? [{ phone: lead.phone }] : []), ...(lead.email ? [{ email: lead.email }] : [])];
      const existing = contacts.length
        ? await tx.patient.findFirst({ where: { hospitalId: actor.hospitalId, OR: contacts }, select: patientView, orderBy: { createdAt: 'asc' } })
        : null;
      const patient =
        existing ??
        (await tx.patient.create({
          data: {
            hospitalId: actor.hospitalId,
            mrn: dto.mrn ?? `CRM-${lead.leadNumber}`,
            firstName: lead.firstName,
            lastName: lead.lastName,
            email: lead.email,
            phone: lead.phone,
            dateOfBirth: dto.dateOfBirth ? new Date(dto.dateOfBirth) : lead.dateOfBirth,
            gender: dto.gender ?? lead.gender,
            address: dto.address ?? lead.address,
            doNotMarket: lead.doNotMarket,
          },
          select: patientView,
        }));
      const now = new Date();
      await tx.cRMLead.update({
        where: { id: leadId },
        data: { status: 'CONVERTED', statusChangedAt: now, convertedAt: now, convertedToPatientId: patient.id },
      });
      const campaignId = await attributeConversion(tx, lead, now);
      await tx.cRMActivity.create({
        data: {
          hospitalId: actor.hospitalId,
          leadId,
          patientId: patient.id,
          activityType: 'CONVERTED',
          title: existing ? `Converted: linked to existing patient ${patient.mrn}` : `Converted to patient ${patient.mrn}`,
          metadata: { from: lead.status, patientId: patient.id, linkedExisting: Boolean(existing), campaignId },
          performedById: actor.userId,
        },
      });
      await this.audit.record(
        actor,
        { action: 'lead.convert', entityType: 'CRMLead', entityId: leadId, details: { patientId: patient.id, linkedExisting: Boolean(existing) } },
        tx,
      );
      return { patient, leadId, created: !existing, linkedExisting: Boolean(existing) };
    });
  }
}
