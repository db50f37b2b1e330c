// Human labels and colours for the admin console, kept with the enums they describe.
import type { CampaignStatus, CommunicationChannel, LeadSource, LeadStatus, TaskStatus } from './enums';

export interface StatusMeta {
  label: string;
  /** Hex colour (Tailwind 500 shades, matching the plan's Kanban columns). */
  color: string;
}

export const LEAD_STATUS_META: Readonly<Record<LeadStatus, StatusMeta>> = {
  NEW: { label: 'New', color: '#8b5cf6' },
  CONTACTED: { label: 'Contacted', color: '#3b82f6' },
  QUALIFIED: { label: 'Qualified', color: '#f59e0b' },
  APPOINTMENT_SCHEDULED: { label: 'Scheduled', color: '#06b6d4' },
  CONVERTED: { label: 'Converted', color: '#22c55e' },
  LOST: { label: 'Lost', color: '#6b7280' },
};

export const LEAD_SOURCE_LABELS: Readonly<Record<LeadSource, string>> = {
  WEBSITE: 'Website',
  PHONE_CALL: 'Phone call',
  WALK_IN: 'Walk-in',
  REFERRAL_PATIENT: 'Patient referral',
  REFERRAL_DOCTOR: 'Doctor referral',
  SOCIAL_MEDIA: 'Social media',
  GOOGLE_ADS: 'Google Ads',
  WHATSAPP: 'WhatsApp',
  EMAIL_INQUIRY: 'Email inquiry',
  HEALTH_CAMP: 'Health camp',
  CORPORATE: 'Corporate',
  OTHER: 'Other',
};

export const COMMUNICATION_CHANNEL_LABELS: Readonly<Record<CommunicationChannel, string>> = {
  PHONE_CALL: 'Phone call',
  EMAIL: 'Email',
  SMS: 'SMS',
  WHATSAPP: 'WhatsApp',
  IN_PERSON: 'In person',
  VIDEO_CALL: 'Video call',
};

export const TASK_STATUS_META: Readonly<Record<TaskStatus, StatusMeta>> = {
  PENDING: { label: 'Pending', color: '#64748b' },
  IN_PROGRESS: { label: 'In progress', color: '#3b82f6' },
  COMPLETED: { label: 'Completed', color: '#22c55e' },
  CANCELLED: { label: 'Cancelled', color: '#9ca3af' },
  OVERDUE: { label: 'Overdue', color: '#ef4444' },
};

export const CAMPAIGN_STATUS_META: Readonly<Record<CampaignStatus, StatusMeta>> = {
  DRAFT: { label: 'Draft', color: '#6b7280' },
  SCHEDULED: { label: 'Scheduled', color: '#06b6d4' },
  RUNNING: { label: 'Running', color: '#22c55e' },
  PAUSED: { label: 'Paused', color: '#f59e0b' },
  COMPLETED: { label: 'Completed', color: '#8b5cf6' },
  CANCELLED: { label: 'Cancelled', color: '#9ca3af' },
};

// Words that read wrong in sentence case.
const WORD_OVERRIDES: Readonly<Record<string, string>> = {
  NPS: 'NPS',
  CSAT: 'CSAT',
  SMS: 'SMS',
  WHATSAPP: 'WhatsApp',
};

/** 'APPOINTMENT_REMINDER' → 'Appointment reminder'; for any enum value without its own label. */
export function humanize(value: string): string {
  const words = value.split('_').filter((w) => w !== '');
  return words
    .map((word, i) => {
      const upper = word.toUpperCase();
      if (Object.prototype.hasOwnProperty.call(WORD_OVERRIDES, upper)) return WORD_OVERRIDES[upper];
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}
