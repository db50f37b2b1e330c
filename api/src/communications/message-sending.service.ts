import { Inject, Injectable } from '@nestjs/common';
import { consentToSend, normaliseEmail, normalisePhone, plainTextToEmailHtml, type SendableChannel } from '@hospital-crm/domain';
import { loadConsentFacts, queueOutboundCommunication } from '@hospital-crm/db';
import { ApiError } from '../common/envelope';
import { InjectPrisma, type PrismaClient } from '../common/prisma/prisma.module';
import { InjectBodyCipher, type BodyCipher } from '../common/crypto/body-cipher.module';
import { TemplateRenderer } from '../templates';
import { messagingConfig, type MessagingConfig } from '../config/configuration';
import { CommunicationWorkflows } from './communication-workflows';
import { CommunicationsService, type Actor } from './communications.service';
import type { SendMessageDto } from './dto/send-message.dto';

const YEAR = 365 * 86_400_000;
// Twilio's and SNS's ceiling for one text message, in characters.
const TEXT_MAX = 1600;

interface Recipient {
  leadId: string | null;
  patientId: string | null;
  address: string;
}

interface Content {
  subject: string | null;
  body: string;
  templateId: string | null;
  isMarketing: boolean;
}

/**
 * Sending and scheduling: checks who the message is for and that they may receive it, renders
 * it, records it (body sealed) and starts its `communication-<id>` workflow in one transaction.
 * The workflow checks consent again when it sends, so a later opt-out still stops it.
 */
@Injectable()
export class MessageSendingService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @InjectBodyCipher() private readonly cipher: BodyCipher,
    @Inject(messagingConfig.KEY) private readonly config: MessagingConfig,
    private readonly templates: TemplateRenderer,
    private readonly workflows: CommunicationWorkflows,
    private readonly communications: CommunicationsService,
  ) {}

  async send(actor: Actor, dto: SendMessageDto, sendAt?: string, now = new Date()) {
    const when = sendAt ? this.checkSendAt(sendAt, now) : undefined;
    const recipient = await this.recipient(actor.hospitalId, dto);
    const content = await this.content(actor.hospitalId, dto);
    const consent = consentToSend(
      await loadConsentFacts(this.prisma, { hospitalId: actor.hospitalId, channel: dto.channel, ...recipient, isMarketing: content.isMarketing }),
    );
    if (!consent.allowed) throw ApiError.unprocessable(`Not sent: ${consent.reason}`, [{ field: 'channel', messages: [consent.reason] }]);

    const id = await this.prisma.$transaction(async (tx) => {
      const created = await queueOutboundCommunication(
        tx,
        this.cipher,
        {
          hospitalId: actor.hospitalId,
          initiatedById: actor.userId,
          channel: dto.channel,
          toAddress: recipient.address,
          ...recipient,
          ...content,
          scheduledFor: when,
        },
        now,
      );
      await this.workflows.start(created, when);
      return created;
    });
    return this.communications.get(actor.hospitalId, id);
  }

  async cancel(hospitalId: string, id: string) {
    await this.waiting(hospitalId, id);
    await this.workflows.cancel(id);
    return this.communications.get(hospitalId, id);
  }

  async reschedule(hospitalId: string, id: string, sendAt: string, now = new Date()) {
    const when = this.checkSendAt(sendAt, now);
    await this.waiting(hospitalId, id);
    await this.workflows.reschedule(id, when);
    return this.communications.get(hospitalId, id);
  }

  /** 404 for another hospital's message, 409 once it is past waiting (sent, failed, cancelled). */
  private async waiting(hospitalId: string, id: string): Promise<void> {
    const row = await this.prisma.cRMCommunication.findFirst({ where: { id, hospitalId }, select: { status: true, direction: true } });
    if (!row) throw ApiError.notFound('Communication', id);
    if (row.direction !== 'OUTBOUND' || (row.status !== 'SCHEDULED' && row.status !== 'QUEUED')) {
      throw ApiError.conflict(`This message is ${row.status.toLowerCase()} and can no longer be cancelled or rescheduled`);
    }
  }

  private checkSendAt(sendAt: string, now: Date): Date {
    const when = new Date(sendAt);
    if (when.getTime() <= now.getTime())
      throw ApiError.unprocessable('sendAt must be in the future; use send for now', [{ field: 'sendAt', messages: ['must be in the future'] }]);
    if (when.getTime() > now.getTime() + YEAR)
      throw ApiError.unprocessable('sendAt must be within a year', [{ field: 'sendAt', messages: ['must be within a year'] }]);
    return when;
  }

  private async recipient(hospitalId: string, dto: SendMessageDto): Promise<Recipient> {
    if (!dto.leadId && !dto.patientId) {
      throw ApiError.badRequest('Say who the message is for: leadId or patientId', [{ field: 'leadId', messages: ['leadId or patientId is required'] }]);
    }
    const [lead, patient] = await Promise.all([
      dto.leadId ? this.prisma.cRMLead.findFirst({ where: { id: dto.leadId, hospitalId, deletedAt: null }, select: { email: true, phone: true } }) : null,
      dto.patientId ? this.prisma.patient.findFirst({ where: { id: dto.patientId, hospitalId }, select: { email: true, phone: true } }) : null,
    ]);
    if (dto.leadId && !lead) throw ApiError.notFound('Lead', dto.leadId);
    if (dto.patientId && !patient) throw ApiError.notFound('Patient', dto.patientId);
    const who = (lead ?? patient)!;
    const raw = dto.channel === 'EMAIL' ? who.email : who.phone;
    const what = dto.channel === 'EMAIL' ? 'an email address' : 'a phone number';
    if (!raw)
      throw ApiError.unprocessable(`The ${lead ? 'lead' : 'patient'} has no ${what.replace(/^an? /, '')} to send to`, [
        { field: 'channel', messages: [`no ${what}`] },
      ]);
    const normalised = dto.channel === 'EMAIL' ? normaliseEmail(raw) : normalisePhone(raw, this.config.defaultPhoneCountry);
    if (!normalised.ok) throw ApiError.unprocessable(`Cannot send to ${what}: ${normalised.reason}`, [{ field: 'channel', messages: [normalised.reason] }]);
    return { leadId: dto.leadId ?? null, patientId: dto.patientId ?? null, address: 'email' in normalised ? normalised.email : normalised.e164 };
  }

  private async content(hospitalId: string, dto: SendMessageDto): Promise<Content> {
    if (dto.templateId) {
      if (dto.body !== undefined || dto.subject !== undefined) {
        throw ApiError.badRequest('Give a template or a subject and body, not both', [{ field: 'body', messages: ['not allowed with templateId'] }]);
      }
      const rendered = await this.templates.render(hospitalId, dto.templateId, dto.variables, { leadId: dto.leadId });
      if (rendered.channel !== dto.channel) {
        throw ApiError.unprocessable(`The template is for ${rendered.channel}, not ${dto.channel}`, [
          { field: 'templateId', messages: [`template channel is ${rendered.channel}`] },
        ]);
      }
      const template = await this.prisma.cRMTemplate.findUniqueOrThrow({ where: { id: dto.templateId }, select: { category: true } });
      return this.checkLength(dto.channel, {
        subject: rendered.subject,
        body: rendered.body,
        templateId: dto.templateId,
        isMarketing: dto.isMarketing ?? template.category === 'PROMOTION',
      });
    }
    if (!dto.body)
      throw ApiError.badRequest('Write the message (body) or choose a template', [{ field: 'body', messages: ['body or templateId is required'] }]);
    if (dto.channel === 'EMAIL' && !dto.subject)
      throw ApiError.badRequest('An email needs a subject', [{ field: 'subject', messages: ['subject is required for email'] }]);
    return this.checkLength(dto.channel, {
      subject: dto.channel === 'EMAIL' ? dto.subject! : null,
      body: dto.channel === 'EMAIL' ? plainTextToEmailHtml(dto.body) : dto.body,
      templateId: null,
      isMarketing: dto.isMarketing ?? false,
    });
  }

  private checkLength(channel: SendableChannel, content: Content): Content {
    if (channel !== 'EMAIL' && content.body.length > TEXT_MAX) {
      throw ApiError.unprocessable(`A text message can be at most ${TEXT_MAX} characters; this one has ${content.body.length}`, [
        { field: 'body', messages: [`at most ${TEXT_MAX} characters`] },
      ]);
    }
    return content;
  }
}
