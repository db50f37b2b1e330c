import { CAMPAIGN_TRANSITIONS } from './campaign-lifecycle';
import { CAMPAIGN_STATUSES, type CampaignStatus } from './enums';

const ALLOWED = new Set([
  'DRAFT>SCHEDULED',
  'DRAFT>RUNNING',
  'SCHEDULED>RUNNING',
  'SCHEDULED>CANCELLED',
  'SCHEDULED>DRAFT',
  'RUNNING>PAUSED',
  'RUNNING>COMPLETED',
  'RUNNING>CANCELLED',
  'PAUSED>RUNNING',
  'PAUSED>CANCELLED',
]);
const EVERY_PAIR = CAMPAIGN_STATUSES.flatMap((from) =>
  CAMPAIGN_STATUSES.map((to): [CampaignStatus, CampaignStatus, boolean] => [from, to, ALLOWED.has(`${from}>${to}`)]),
);

describe('campaign lifecycle', () => {
  it.each(EVERY_PAIR)('%s → %s allowed: %p', (from, to, allowed) => {
    expect(CAMPAIGN_TRANSITIONS.canMove(from, to)).toBe(allowed);
  });

  it.each<[CampaignStatus, boolean]>([
    ['DRAFT', false],
    ['SCHEDULED', false],
    ['RUNNING', false],
    ['PAUSED', false],
    ['COMPLETED', true],
    ['CANCELLED', true],
  ])('%s is final: %p', (status, final) => {
    expect(CAMPAIGN_TRANSITIONS.isFinal(status)).toBe(final);
  });

  it('refuses to restart a finished campaign with a clear message', () => {
    expect(() => CAMPAIGN_TRANSITIONS.assertMove('COMPLETED', 'RUNNING')).toThrow('A campaign cannot move from COMPLETED to RUNNING');
  });
});
