import { Injectable } from '@nestjs/common';
import { hospitalTemplateValues, isTemplateChannel, leadTemplateValues, renderTemplate, type SmsSegments, type TemplateChannel } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { toTemplateApiError } from './template-errors';

export interface RenderedTemplateView {
  channel: TemplateChannel;
  /** Email only; null for SMS and WhatsApp. */
  subject: string | null;
  body: string;
  /** The variables the template uses, subject first. */
  variables: string[];
  /** Always empty: a variable without a value is a 422, never a blank. */
  missing: string[];
  /** SMS only: the rendered text's encoding, length and billed parts. */
  sms?: SmsSegments;
}

export interface RenderOptions {
  /** A lead of the hospital whose details fill the lead variables (404 if not found there). */
  leadId?: string;
  /** Previews may show an inactive template; sending never uses one (422). */
  allowInactive?: boolean;
}

const withoutBlanks = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));

/**
 * Renders a stored template for one recipient: the hospital's values, then the lead's, then
 * the caller's (which win). Used by the preview endpoint and by the modules that send
 * (communications, campaigns). Any variable left without a value is a 422 naming it.
 */
@Injectable()
export class TemplateRenderer {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async render(hospitalId: string, templateId: string, values: Record<string, string> = {}, options: RenderOptions = {}): Promise<RenderedTemplateView> {
    const template = await this.prisma.cRMTemplate.findFirst({
      where: { id: templateId, hospitalId },
      select: { id: true, name: true, channel: true, subject: true, content: true, isActive: true },
    });
    if (!template) throw ApiError.notFound('Template', templateId);
    if (!template.isActive && !options.allowInactive) {
      throw ApiError.unprocessable(`Template "${template.name}" is inactive: activate it or choose another`, [
        { field: 'templateId', messages: ['template is inactive'] },
      ]);
    }
    if (!isTemplateChannel(template.channel)) {
      throw ApiError.unprocessable(`Template "${template.name}" is for ${template.channel}, which has no templates`);
    }
    const merged = { ...(await this.valuesFor(hospitalId, options.leadId)), ...withoutBlanks(values) };
    try {
      const rendered = renderTemplate({ channel: template.channel, subject: template.subject, content: template.content }, merged);
      return {
        channel: rendered.channel,
        subject: rendered.subject,
        body: rendered.body,
        variables: rendered.variables,
        missing: [],
        ...(rendered.sms && { sms: rendered.sms }),
      };
    } catch (error) {
      throw toTemplateApiError(error);
    }
  }

  /** The hospital's values and, given a lead of that hospital, the lead's (404 for another hospital's or a deleted lead). */
  async valuesFor(hospitalId: string, leadId?: string): Promise<Record<string, string>> {
    const [hospital, lead] = await Promise.all([
      this.prisma.hospital.findUnique({ where: { id: hospitalId }, select: { name: true } }),
      leadId
        ? this.prisma.cRMLead.findFirst({
            where: { id: leadId, hospitalId, deletedAt: null },
            select: { firstName: true, lastName: true, email: true, phone: true, leadNumber: true, interestedIn: true },
          })
        : Promise.resolve(null),
    ]);
    if (leadId && !lead) throw ApiError.notFound('Lead', leadId);
    return { ...(hospital && hospitalTemplateValues(hospital)), ...(lead && leadTemplateValues(lead)) };
  }
}
