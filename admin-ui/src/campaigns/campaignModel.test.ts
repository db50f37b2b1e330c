import { describe, expect, it } from '@jest/globals';
import { CAMPAIGN_STATUSES, SEED_AUDIENCE_EXAMPLE, checkAudience } from '@hospital-crm/domain';
import {
  allowedActions,
  audienceFromForm,
  audienceInputErrors,
  campaignBody,
  canDo,
  EMPTY_AUDIENCE_FORM,
  formFromAudience,
  isLive,
  isoFromLocalInput,
  progressPercent,
} from './campaignModel';

describe('audience form ↔ JSON', () => {
  it('leaves every blank filter out', () => {
    expect(audienceFromForm(EMPTY_AUDIENCE_FORM)).toEqual({});
    expect(audienceFromForm(undefined)).toEqual({});
  });

  it('round-trips the seed example (without doNotMarket, always false)', () => {
    const { doNotMarket: _omitted, ...seed } = SEED_AUDIENCE_EXAMPLE;
    expect(audienceFromForm(formFromAudience(SEED_AUDIENCE_EXAMPLE))).toEqual(seed);
  });

  it('reads numbers typed as strings, trims and dedupes names', () => {
    expect(audienceFromForm({ ageMin: '30' as unknown as number, ageMax: null, tags: [' VIP ', 'VIP', ''], lastVisitWithin: 0, engagementMin: 50 })).toEqual({
      ageRange: { min: 30 },
      tags: ['VIP'],
      lastVisit: { within: 0 },
      engagementScore: { min: 50 },
    });
  });

  it('builds specs the domain validator accepts', () => {
    const spec = audienceFromForm({ contactTypes: ['LEAD'], tags: ['vip'], excludeTags: ['cold'] });
    expect(checkAudience(spec)).toEqual({ ok: true, audience: spec });
  });

  it('reads a missing or odd audience as an empty form', () => {
    expect(formFromAudience(null)).toEqual(EMPTY_AUDIENCE_FORM);
    expect(formFromAudience({ ageRange: 'x' })).toEqual(EMPTY_AUDIENCE_FORM);
  });

  it('puts the API field errors on the inputs', () => {
    expect(
      audienceInputErrors({ 'audience.ageRange.min': 'too low', 'audience.tags': 'bad', 'audience.tags.3': 'long', 'audience.unknownThing': 'unknown' }),
    ).toEqual({ ageMin: 'too low', tags: 'bad; long', _: 'unknown' });
  });
});

describe('controls per status', () => {
  it.each([
    ['DRAFT', ['launch', 'edit', 'delete']],
    ['SCHEDULED', ['reschedule', 'cancel']],
    ['RUNNING', ['pause', 'cancel']],
    ['PAUSED', ['resume', 'cancel']],
    ['COMPLETED', []],
    ['CANCELLED', []],
  ] as const)('%s allows %j', (status, actions) => {
    expect(allowedActions(status)).toEqual(actions);
  });

  it('polls only while the campaign moves by itself', () => {
    expect(CAMPAIGN_STATUSES.filter(isLive)).toEqual(['SCHEDULED', 'RUNNING']);
    expect(canDo('PAUSED', 'pause')).toBe(false);
  });
});

describe('progress and the request body', () => {
  it('computes a bounded whole percentage', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(5, 4)).toBe(100);
  });

  it('reads datetime-local values', () => {
    expect(isoFromLocalInput('')).toBeUndefined();
    expect(isoFromLocalInput('nope')).toBeUndefined();
    expect(isoFromLocalInput('2030-01-02T03:04:00Z')).toBe('2030-01-02T03:04:00.000Z');
  });

  it('sends only what the API takes', () => {
    expect(
      campaignBody({
        id: 'c1',
        status: 'DRAFT',
        name: ' Flu ',
        description: '',
        campaignType: 'HEALTH_CAMP',
        channel: 'WHATSAPP',
        templateId: 't1',
        audienceForm: { tags: ['vip'] },
        costPerMessage: '0.05',
        budget: null,
        scheduledAt: '',
      }),
    ).toEqual({ name: 'Flu', campaignType: 'HEALTH_CAMP', channel: 'WHATSAPP', templateId: 't1', audience: { tags: ['vip'] }, costPerMessage: 0.05 });
  });
});
