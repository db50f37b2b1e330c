import { CAMPAIGN_STATUSES, LEAD_SOURCES, LEAD_STATUSES, TASK_STATUSES } from './enums';
import { CAMPAIGN_STATUS_META, humanize, LEAD_SOURCE_LABELS, LEAD_STATUS_META, TASK_STATUS_META } from './labels';

describe('labels', () => {
  it.each([
    ['NEW', 'New', '#8b5cf6'],
    ['CONTACTED', 'Contacted', '#3b82f6'],
    ['QUALIFIED', 'Qualified', '#f59e0b'],
    ['APPOINTMENT_SCHEDULED', 'Scheduled', '#06b6d4'],
    ['CONVERTED', 'Converted', '#22c55e'],
    ['LOST', 'Lost', '#6b7280'],
  ] as const)('the %s Kanban column reads "%s" in %s', (status, label, color) => {
    expect(LEAD_STATUS_META[status]).toEqual({ label, color });
  });

  it.each<[string, readonly string[], Record<string, unknown>]>([
    ['lead statuses', LEAD_STATUSES, LEAD_STATUS_META],
    ['lead sources', LEAD_SOURCES, LEAD_SOURCE_LABELS],
    ['task statuses', TASK_STATUSES, TASK_STATUS_META],
    ['campaign statuses', CAMPAIGN_STATUSES, CAMPAIGN_STATUS_META],
  ])('every one of the %s has a label', (_what, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it.each([...Object.values(LEAD_STATUS_META), ...Object.values(TASK_STATUS_META), ...Object.values(CAMPAIGN_STATUS_META)])(
    '$label has a hex colour',
    ({ color }) => {
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
    },
  );

  it.each([
    ['WALK_IN', 'Walk-in'],
    ['WHATSAPP', 'WhatsApp'],
    ['REFERRAL_DOCTOR', 'Doctor referral'],
    ['GOOGLE_ADS', 'Google Ads'],
  ] as const)('source %s reads "%s"', (source, label) => {
    expect(LEAD_SOURCE_LABELS[source]).toBe(label);
  });
});

describe('humanize', () => {
  it.each([
    ['APPOINTMENT_REMINDER', 'Appointment reminder'],
    ['NEW', 'New'],
    ['HOSPITAL_ADMIN', 'Hospital admin'],
    ['IN_PROGRESS', 'In progress'],
    ['RE_ENGAGEMENT', 'Re engagement'],
    ['NPS', 'NPS'],
    ['CSAT', 'CSAT'],
    ['SMS', 'SMS'],
    ['WHATSAPP', 'WhatsApp'],
    ['DOCTOR_FEEDBACK', 'Doctor feedback'],
    ['POST__VISIT_', 'Post visit'],
    ['', ''],
  ])('%p → %p', (value, label) => {
    expect(humanize(value)).toBe(label);
  });
});
