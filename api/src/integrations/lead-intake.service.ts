import { HttpStatus, Injectable } from '@nestjs/common';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { LeadsService } from '../leads/leads.service';
import type { ApiKeyPrincipal } from './api-key.constants';
import type { WebsiteInquiryDto } from './dto/website-inquiry.dto';

export interface InquiryResult {
  leadId: string;
  leadNumber: string;
  /** True when an open lead with this phone or email already existed: it was noted on that lead. */
  duplicate: boolean;
}

/** The existing lead named by LeadsService's duplicate 409, if that is what this error is. */
function duplicateOf(error: unknown): { existingLeadId: string; leadNumber: string } | null {
  if (!(error instanceof ApiError) || error.getStatus() !== HttpStatus.CONFLICT) return null;
  const details = error.details as { existingLeadId?: unknown; leadNumber?: unknown } | undefined;
  return typeof details?.existingLeadId === 'string' ? { existingLeadId: details.existingLeadId, leadNumber: String(details.leadNumber ?? '') } : null;
}

@Injectable()
export class LeadIntakeService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly leads: LeadsService,
  ) {}

  /**
   * A website inquiry becomes a WEBSITE lead of the key's hospital. The same person asking
   * again while their lead is open (same phone or email) is not an error for the patient:
   * the existing lead gets a note with what they sent, and the answer names that lead.
   */
  async submit(key: ApiKeyPrincipal, dto: WebsiteInquiryDto): Promise<InquiryResult> {
    if (!dto.phone && !dto.email) {
      const message = 'phone or email is required so the hospital can reply';
      throw ApiError.badRequest(`Invalid request: ${message}`, [
        { field: 'phone', messages: [message] },
        { field: 'email', messages: [message] },
      ]);
    }
    try {
      const lead = await this.leads.create({ hospitalId: key.hospitalId, userId: null }, { ...dto, source: 'WEBSITE' });
      return { leadId: lead.id, leadNumber: lead.leadNumber, duplicate: false };
    } catch (error) {
      const existing = duplicateOf(error);
      if (!existing) throw error;
      await this.prisma.cRMActivity.create({
        data: {
          hospitalId: key.hospitalId,
          leadId: existing.existingLeadId,
          activityType: 'NOTE_ADDED',
          title: 'Inquiry received again from the website',
          description: this.summary(dto),
          metadata: { via: 'website', apiKeyId: key.id, apiKeyPrefix: key.prefix },
          performedById: null,
        },
      });
      return { leadId: existing.existingLeadId, leadNumber: existing.leadNumber, duplicate: true };
    }
  }

  /** What the person wrote this time, for the staff working the lead. */
  private summary(dto: WebsiteInquiryDto): string | null {
    const lines = [
      dto.interestedIn?.length ? `Interested in: ${dto.interestedIn.join(', ')}` : null,
      dto.preferredDate ? `Preferred date: ${dto.preferredDate}` : null,
      dto.sourceDetail ? `Form: ${dto.sourceDetail}` : null,
      dto.notes ? dto.notes : null,
    ].filter((line): line is string => line !== null);
    return lines.length ? lines.join('\n') : null;
  }
}
