import { checkAudience, type AudienceSpec, type CampaignStatus } from '@hospital-crm/domain';
import { ApiError } from '../common/envelope';

const YEAR = 365 * 86_400_000;

/** The domain's audience check; its problems become a 400 naming each field as `audience.<path>`. */
export function validAudience(input: unknown): AudienceSpec {
  const check = checkAudience(input);
  if (check.ok) return check.audience;
  const details = check.problems.map((p) => ({ field: p.field ? `audience.${p.field}` : 'audience', messages: [p.message] }));
  throw ApiError.badRequest(`The audience is not valid: ${check.problems.map((p) => p.message).join('; ')}`, details);
}

/** A start time for a campaign: in the future and within a year (422 otherwise, naming the field). */
export function futureStart(value: string, field: string, now: Date): Date {
  const when = new Date(value);
  if (when.getTime() <= now.getTime()) throw ApiError.unprocessable(`${field} must be in the future`, [{ field, messages: ['must be in the future'] }]);
  if (when.getTime() > now.getTime() + YEAR) throw ApiError.unprocessable(`${field} must be within a year`, [{ field, messages: ['must be within a year'] }]);
  return when;
}

/** 409 naming the status the campaign is in when an action needs another one. */
export function requireStatus(campaign: { id: string; status: CampaignStatus }, allowed: CampaignStatus, action: string): void {
  if (campaign.status !== allowed) {
    throw ApiError.conflict(`Campaign ${campaign.id} is ${campaign.status}; only a ${allowed} campaign can be ${action}`, { status: campaign.status });
  }
}

/** Fields a PUT may leave out but never blank out. */
export function refuseNulls(dto: object, fields: readonly string[]): void {
  const blanked = fields.filter((f) => (dto as Record<string, unknown>)[f] === null);
  if (blanked.length) {
    throw ApiError.badRequest(
      `${blanked.join(', ')} cannot be null`,
      blanked.map((field) => ({ field, messages: [`${field} cannot be null`] })),
    );
  }
}
