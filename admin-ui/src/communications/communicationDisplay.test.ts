import { describe, expect, it } from '@jest/globals';
import type { Communication } from '../providers/apiTypes';
import { counterpartOf, durationText, excerpt, isWaiting, statusSteps, statusTime } from './communicationDisplay';

const message = (overrides: Partial<Communication> = {}): Communication => ({
  id: 'c1',
  channel: 'WHATSAPP',
  direction: 'OUTBOUND',
  status: 'QUEUED',
  subject: null,
  body: 'Your reports are ready.',
  toAddress: '+919845000101',
  fromAddress: null,
  outcome: null,
  durationSeconds: null,
  notes: null,
  isMarketing: false,
  provider: null,
  providerMessageId: null,
  failureReason: null,
  scheduledFor: null,
  queuedAt: '2026-11-20T09:00:00.000Z',
  sentAt: null,
  deliveredAt: null,
  readAt: null,
  respondedAt: null,
  failedAt: null,
  cancelledAt: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  lead: { id: 'l1', leadNumber: 'LD-1', firstName: 'Asha', lastName: 'Rao' },
  patient: null,
  template: null,
  campaign: null,
  initiatedBy: null,
  ...overrides,
});

describe('status steps', () => {
  it('lists what happened, oldest first', () => {
    const sent = message({ status: 'DELIVERED', sentAt: '2026-11-20T09:00:02.000Z', deliveredAt: '2026-11-20T09:00:05.000Z' });
    expect(statusSteps(sent).map((step) => step.status)).toEqual(['QUEUED', 'SENT', 'DELIVERED']);
    expect(statusTime(sent)).toBe('2026-11-20T09:00:05.000Z');
  });

  it('shows a scheduled message at the time it will go', () => {
    const scheduled = message({ status: 'SCHEDULED', queuedAt: null, scheduledFor: '2026-12-01T04:00:00.000Z' });
    expect(statusTime(scheduled)).toBe('2026-12-01T04:00:00.000Z');
    expect(statusSteps(scheduled)).toEqual([{ status: 'SCHEDULED', at: '2026-12-01T04:00:00.000Z' }]);
  });

  it('a logged call is one step at the time it was written down', () => {
    const call = message({ channel: 'PHONE_CALL', status: 'LOGGED', queuedAt: null, createdAt: '2026-11-19T10:00:00.000Z' });
    expect(statusSteps(call)).toEqual([{ status: 'LOGGED', at: '2026-11-19T10:00:00.000Z' }]);
    expect(statusTime(call)).toBe('2026-11-19T10:00:00.000Z');
  });

  it('falls back to the creation time when the status has no timestamp', () => {
    expect(statusTime(message({ status: 'FAILED', queuedAt: null }))).toBe('2026-11-20T09:00:00.000Z');
  });
});

describe('waiting messages', () => {
  it.each([
    ['SCHEDULED', 'OUTBOUND', true],
    ['QUEUED', 'OUTBOUND', true],
    ['SENT', 'OUTBOUND', false],
    ['CANCELLED', 'OUTBOUND', false],
    ['QUEUED', 'INBOUND', false],
  ] as const)('%s %s can be cancelled: %p', (status, direction, expected) => {
    expect(isWaiting({ status, direction })).toBe(expected);
  });
});

describe('text', () => {
  it('prefers the subject, then the body, then a call outcome, and shortens it', () => {
    expect(excerpt(message({ subject: 'Reports ready' }))).toBe('Reports ready');
    expect(excerpt(message({ body: '<p>Hello there</p>' }))).toBe('Hello there');
    expect(excerpt(message({ body: null, outcome: 'Wants a callback' }))).toBe('Wants a callback');
    expect(excerpt(message({ body: 'x'.repeat(200) }), 10)).toBe('xxxxxxxxx…');
  });

  it.each([
    [45, '45 s'],
    [245, '4 min 5 s'],
    [240, '4 min'],
    [3720, '1 h 2 min'],
    [null, ''],
  ])('durationText(%p) = %p', (seconds, expected) => {
    expect(durationText(seconds)).toBe(expected);
  });

  it('names the lead, else the patient', () => {
    expect(counterpartOf(message())?.firstName).toBe('Asha');
    expect(counterpartOf({ lead: null, patient: { id: 'p', mrn: 'M1', firstName: 'Ravi', lastName: 'K' } })?.firstName).toBe('Ravi');
    expect(counterpartOf({ lead: null, patient: null })).toBeNull();
  });
});
