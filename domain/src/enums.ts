// Every enum of the CRM plan, spelled exactly as the Prisma schema spells it.
// Arrays are `as const` so they double as runtime lists (validators, selects) and union types.

export const USER_ROLES = ['SUPER_ADMIN', 'HOSPITAL_ADMIN', 'RECEPTIONIST', 'DOCTOR', 'NURSE', 'STAFF'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const GENDERS = ['MALE', 'FEMALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

export const CONTACT_TYPES = ['PATIENT', 'LEAD'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export const LEAD_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'APPOINTMENT_SCHEDULED', 'CONVERTED', 'LOST'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_SOURCES = [
  'WEBSITE',
  'PHONE_CALL',
  'WALK_IN',
  'REFERRAL_PATIENT',
  'REFERRAL_DOCTOR',
  'SOCIAL_MEDIA',
  'GOOGLE_ADS',
  'WHATSAPP',
  'EMAIL_INQUIRY',
  'HEALTH_CAMP',
  'CORPORATE',
  'OTHER',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const ACTIVITY_TYPES = [
  'LEAD_CREATED',
  'STATUS_CHANGED',
  'ASSIGNED',
  'NOTE_ADDED',
  'COMMUNICATION_LOGGED',
  'COMMUNICATION_SENT',
  'TASK_CREATED',
  'TASK_COMPLETED',
  'TAG_ADDED',
  'TAG_REMOVED',
  'SCORE_CHANGED',
  'CONVERTED',
  'APPOINTMENT_BOOKED',
  'UPDATED',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const COMMUNICATION_CHANNELS = ['PHONE_CALL', 'EMAIL', 'SMS', 'WHATSAPP', 'IN_PERSON', 'VIDEO_CALL'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export const COMMUNICATION_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type CommunicationDirection = (typeof COMMUNICATION_DIRECTIONS)[number];

// LOGGED marks calls and visits recorded by hand rather than sent through a provider.
export const COMMUNICATION_STATUSES = ['SCHEDULED', 'QUEUED', 'SENT', 'DELIVERED', 'READ', 'RESPONDED', 'FAILED', 'CANCELLED', 'LOGGED'] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

export const TEMPLATE_CATEGORIES = [
  'APPOINTMENT_REMINDER',
  'FOLLOW_UP',
  'WELCOME',
  'FEEDBACK_REQUEST',
  'PROMOTION',
  'HEALTH_TIP',
  'BIRTHDAY_GREETING',
  'CUSTOM',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export const TASK_TYPES = [
  'FOLLOW_UP_CALL',
  'FOLLOW_UP_EMAIL',
  'FOLLOW_UP_VISIT',
  'APPOINTMENT_SCHEDULING',
  'DOCUMENT_COLLECTION',
  'FEEDBACK_COLLECTION',
  'PAYMENT_REMINDER',
  'CUSTOM',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_STATUSES = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'OVERDUE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const CAMPAIGN_TYPES = ['HEALTH_CAMP', 'PROMOTION', 'AWARENESS', 'SEASONAL', 'FOLLOW_UP', 'RE_ENGAGEMENT', 'BIRTHDAY', 'FEEDBACK'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export const CAMPAIGN_STATUSES = ['DRAFT', 'SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const SURVEY_TYPES = ['POST_VISIT', 'POST_DISCHARGE', 'NPS', 'CSAT', 'SERVICE_QUALITY', 'DOCTOR_FEEDBACK'] as const;
export type SurveyType = (typeof SURVEY_TYPES)[number];

// Stored inside the survey's questions JSON, so it has no Prisma enum.
export const SURVEY_QUESTION_TYPES = ['RATING', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TEXT', 'NPS'] as const;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];

export const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** The enums that also exist in the Prisma schema, keyed by their Prisma name (for a drift test). */
export const PRISMA_MIRRORED_ENUMS = {
  UserRole: USER_ROLES,
  Gender: GENDERS,
  ContactType: CONTACT_TYPES,
  LeadStatus: LEAD_STATUSES,
  LeadSource: LEAD_SOURCES,
  ActivityType: ACTIVITY_TYPES,
  CommunicationChannel: COMMUNICATION_CHANNELS,
  CommunicationDirection: COMMUNICATION_DIRECTIONS,
  CommunicationStatus: COMMUNICATION_STATUSES,
  TemplateCategory: TEMPLATE_CATEGORIES,
  TaskType: TASK_TYPES,
  TaskStatus: TASK_STATUSES,
  TaskPriority: TASK_PRIORITIES,
  CampaignType: CAMPAIGN_TYPES,
  CampaignStatus: CAMPAIGN_STATUSES,
  SurveyType: SURVEY_TYPES,
  Sentiment: SENTIMENTS,
} as const satisfies Record<string, readonly string[]>;

/** Narrows untrusted input (query strings, JSON) to one of an enum's values. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
