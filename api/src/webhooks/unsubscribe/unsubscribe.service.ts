import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { verifyLinkToken, type UnsubscribeClaims } from '@hospital-crm/workflows';
import { AuditService } from '../../common/audit/audit.service';
import { ApiError } from '../../common/envelope';
import { InjectPrisma, type PrismaClient } from '../../common/prisma/prisma.module';
import { ContactSuppressionsService } from '../contact-suppressions.service';
import { webhooksConfig, type WebhooksConfig } from '../webhooks.config';

export interface UnsubscribeLink extends UnsubscribeClaims {
  hospitalName: string;
  /** Marketing on this channel and address is already stopped (by an unsubscribe, a bounce, a complaint or STOP). */
  alreadyUnsubscribed: boolean;
}

/** The unsubscribe link in marketing messages: a signed token naming (hospital, channel, address). */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
    private readonly suppressions: ContactSuppressionsService,
    private readonly audit: AuditService,
  ) {}

  /** What the link is for; 400 for a forged, altered or expired token, 404 when its hospital is gone. */
  async read(token: string): Promise<UnsubscribeLink> {
    const claims = verifyLinkToken(this.config.linkSigningSecret, token, 'unsubscribe');
    if (!claims) throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'This unsubscribe link is not valid or has expired');
    const hospital = await this.prisma.hospital.findUnique({ where: { id: claims.hospitalId }, select: { name: true } });
    if (!hospital) throw new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'The hospital this unsubscribe link belongs to no longer exists');
    const existing = await this.suppressions.find(claims.hospitalId, claims.channel, claims.address);
    return { ...claims, hospitalName: hospital.name, alreadyUnsubscribed: Boolean(existing) };
  }

  /**
   * Stops marketing to the link's address on its channel (scope MARKETING). Idempotent; audited once, with no user.
   * `alreadyUnsubscribed` in the answer tells whether it was stopped before this request.
   */
  async unsubscribe(token: string, ip?: string): Promise<UnsubscribeLink> {
    const link = await this.read(token);
    await this.prisma.$transaction(async (tx) => {
      const outcome = await this.suppressions.suppress(
        { hospitalId: link.hospitalId, channel: link.channel, address: link.address, reason: 'UNSUBSCRIBED', scope: 'MARKETING', source: 'unsubscribe-link' },
        tx,
      );
      if (outcome.change === 'created') {
        await this.audit.record(
          { userId: null, hospitalId: link.hospitalId },
          { action: 'contact.unsubscribe', entityType: 'ContactSuppression', entityId: outcome.id, details: { channel: link.channel, via: 'link' }, ip },
          tx,
        );
      }
    });
    return link;
  }
}
