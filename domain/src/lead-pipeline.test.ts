import { LEAD_STATUSES, type LeadStatus } from './enums';
import { isOpenLeadStatus, LEAD_TRANSITIONS, LOST_REQUIRES_REASON, MissingLostReasonError, UseConvertError, validateLeadMove } from './lead-pipeline';
import { IllegalTransitionError } from './state-machine';

const ALLOWED = new Set([
  'NEW>CONTACTED',
  'NEW>QUALIFIED',
  'NEW>APPOINTMENT_SCHEDULED',
  'NEW>CONVERTED',
  'NEW>LOST',
  'CONTACTED>NEW',
  'CONTACTED>QUALIFIED',
  'CONTACTED>APPOINTMENT_SCHEDULED',
  'CONTACTED>CONVERTED',
  'CONTACTED>LOST',
  'QUALIFIED>NEW',
  'QUALIFIED>CONTACTED',
  'QUALIFIED>APPOINTMENT_SCHEDULED',
  'QUALIFIED>CONVERTED',
  'QUALIFIED>LOST',
  'APPOINTMENT_SCHEDULED>NEW',
  'APPOINTMENT_SCHEDULED>CONTACTED',
  'APPOINTMENT_SCHEDULED>QUALIFIED',
  'APPOINTMENT_SCHEDULED>CONVERTED',
  'APPOINTMENT_SCHEDULED>LOST',
  'LOST>NEW',
  'LOST>CONTACTED',
]);
const EVERY_PAIR = LEAD_STATUSES.flatMap((from) => LEAD_STATUSES.map((to): [LeadStatus, LeadStatus, boolean] => [from, to, ALLOWED.has(`${from}>${to}`)]));

describe('lead pipeline', () => {
  it.each(EVERY_PAIR)('%s → %s allowed: %p', (from, to, allowed) => {
    expect(LEAD_TRANSITIONS.canMove(from, to)).toBe(allowed);
  });

  it.each<[LeadStatus, boolean]>([
    ['NEW', true],
    ['CONTACTED', true],
    ['QUALIFIED', true],
    ['APPOINTMENT_SCHEDULED', true],
    ['CONVERTED', false],
    ['LOST', false],
  ])('%s is open: %p', (status, open) => {
    expect(isOpenLeadStatus(status)).toBe(open);
  });

  it('a converted lead is final and says so', () => {
    expect(LEAD_TRANSITIONS.isFinal('CONVERTED')).toBe(true);
    expect(() => LEAD_TRANSITIONS.assertMove('CONVERTED', 'NEW')).toThrow('A lead cannot move from CONVERTED to NEW');
  });
});

describe('validateLeadMove (status endpoint and Kanban drops)', () => {
  it.each<[LeadStatus, LeadStatus, string | undefined]>([
    ['NEW', 'QUALIFIED', undefined],
    ['QUALIFIED', 'CONTACTED', undefined],
    ['CONTACTED', 'LOST', 'Chose another hospital'],
    ['APPOINTMENT_SCHEDULED', 'LOST', '  no show twice '],
    ['LOST', 'CONTACTED', undefined],
  ])('accepts %s → %s (reason %p)', (from, to, reason) => {
    expect(() => validateLeadMove(from, to, reason)).not.toThrow();
  });

  it.each([undefined, null, '', '   \n\t'])('refuses LOST with reason %p', (reason) => {
    expect(LOST_REQUIRES_REASON).toBe(true);
    expect(() => validateLeadMove('QUALIFIED', 'LOST', reason)).toThrow(MissingLostReasonError);
    expect(() => validateLeadMove('QUALIFIED', 'LOST', reason)).toThrow('A reason is required to mark a lead as LOST');
  });

  it('a missing reason is a validation problem, not an illegal move', () => {
    expect(() => validateLeadMove('NEW', 'LOST')).not.toThrow(IllegalTransitionError);
  });

  it('points staff at convert for a move to CONVERTED', () => {
    expect(() => validateLeadMove('APPOINTMENT_SCHEDULED', 'CONVERTED')).toThrow(UseConvertError);
    expect(() => validateLeadMove('APPOINTMENT_SCHEDULED', 'CONVERTED')).toThrow(IllegalTransitionError);
    expect(() => validateLeadMove('APPOINTMENT_SCHEDULED', 'CONVERTED')).toThrow(/use convert/);
  });

  it.each<[LeadStatus, LeadStatus, string]>([
    ['CONVERTED', 'NEW', 'A lead cannot move from CONVERTED to NEW'],
    ['LOST', 'QUALIFIED', 'A lead cannot move from LOST to QUALIFIED'],
    ['NEW', 'NEW', 'A lead cannot move from NEW to NEW'],
    ['LOST', 'LOST', 'A lead cannot move from LOST to LOST'],
    ['NEW', 'CONVERTED', 'A lead cannot move from NEW to CONVERTED'],
  ])('refuses %s → %s as illegal', (from, to, message) => {
    expect(() => validateLeadMove(from, to, 'some reason')).toThrow(message);
  });
});
