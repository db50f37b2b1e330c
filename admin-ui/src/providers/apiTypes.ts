// Shapes of the API contract (/api/v1) that the console reads; the API owns them.
import type {
  AudienceSpec,
  CampaignStatus,
  CampaignType,
  CommunicationChannel,
  CommunicationDirection,
  CommunicationStatus,
  Gender,
  LeadScoreBreakdown,
  LeadSource,
  LeadStatus,
  NpsCategory,
  NpsSummary,
  SendableChannel,
  Sentiment,
  SmsSegments,
  SurveyQuestion,
  SurveyType,
  TaskPriority,
  TaskStatus,
  TaskType,
  TemplateCategory,
  TemplateChannel,
  UserRole,
} from '@hospital-crm/domain';

export type ApiSuccess<T> = { success: true; data: T };

export type ApiErrorBody = {
  code?: string;
  message?: string | string[];
  details?: unknown;
};

export type ApiFailure = { success: false; error: ApiErrorBody };

export type ApiEnvelope<T> = ApiSuccess<T> | ApiFailure;

/** Lists arrive as `{ <items>: [...], page, limit, total }`. */
export type ListPayload = {
  page?: number;
  limit?: number;
  total?: number;
  /** The server stopped counting at `total` (a lead list past 10,000, a search past 1,000). */
  totalIsCapped?: boolean;
  [itemsKey: string]: unknown;
};

export type HospitalSummary = { id: string; name: string; code: string };

export type AuthUser = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  hospitalId: string;
  hospital?: HospitalSummary | null;
};

export type LoginPayload = {
  accessToken: string;
  expiresIn?: number | string;
  user: AuthUser;
};

/** GET /crm/reports/dashboard; conversionRate is a percentage (0-100), avgNps runs -100..100. */
export type DashboardMetrics = {
  totalLeads: number;
  newLeadsThisMonth: number;
  conversionRate: number | null;
  avgLeadScore: number;
  openTasks: number;
  overdueTasks: number;
  activeCampaigns: number;
  avgNps: number | null;
};

/** Someone a lead can point at: its owner, its creator, a preferred doctor. */
export type PersonRef = { id: string; firstName: string; lastName: string };

export type TagRef = { id: string; name: string; color: string };

/** GET /crm/tags (each with how many leads carry it). */
export type Tag = TagRef & { category?: string | null; leadCount?: number };

/** GET /users/assignable: active staff who may own a lead. */
export type AssignableUser = PersonRef & { role: UserRole };

/** A row of GET /crm/leads: what a list row and a Kanban card show. */
export type LeadSummary = {
  id: string;
  leadNumber: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  status: LeadStatus;
  source: LeadSource;
  score: number;
  position: number;
  interestedIn: string[];
  nextFollowUpAt: string | null;
  lastContactedAt: string | null;
  createdAt: string;
  updatedAt: string;
  assignedTo: PersonRef | null;
  tags: TagRef[];
};

/** GET /crm/leads/:id. */
export type LeadDetail = LeadSummary & {
  dateOfBirth: string | null;
  gender: Gender | null;
  address: string | null;
  sourceDetail: string | null;
  scoreBreakdown: LeadScoreBreakdown | null;
  scoredAt: string | null;
  preferredDoctor: PersonRef | null;
  preferredDate: string | null;
  notes: string | null;
  lostReason: string | null;
  statusChangedAt: string | null;
  doNotMarket: boolean;
  convertedAt: string | null;
  convertedToPatient: { id: string; mrn: string; firstName: string; lastName: string } | null;
  createdBy: PersonRef | null;
};

/** POST /crm/leads/:id/convert; converting twice returns the same patient. */
export type ConvertLeadResult = {
  patient: { id: string; mrn: string; firstName: string; lastName: string };
  created: boolean;
  linkedExisting: boolean;
};

export type TimelineKind = 'activity' | 'communication' | 'task' | 'appointment';

export type TimelineItem = {
  kind: TimelineKind;
  id: string;
  at: string;
  title: string;
  description?: string | null;
  data: Record<string, unknown>;
};

export type TimelinePage = { items: TimelineItem[]; page: number; limit: number; total: number };

/** The details of the 409 an open duplicate answers to POST /crm/leads. */
export type DuplicateLeadDetails = { existingLeadId: string; leadNumber: string };

/** GET /crm/leads/stats; conversionRate is a percentage of leads that reached an outcome. */
export type LeadStats = {
  total: number;
  open: number;
  newThisMonth: number;
  byStatus: Partial<Record<LeadStatus, number>>;
  bySource: Partial<Record<LeadSource, number>>;
  conversionRate: number | null;
  averageOpenScore: number | null;
};

/** A row of GET /crm/communications (and GET /crm/communications/:id): a message sent, scheduled or logged. */
export type Communication = {
  id: string;
  channel: CommunicationChannel;
  direction: CommunicationDirection;
  status: CommunicationStatus;
  subject: string | null;
  /** Plain text for SMS and WhatsApp, HTML for email. */
  body: string | null;
  toAddress: string | null;
  fromAddress: string | null;
  outcome: string | null;
  durationSeconds: number | null;
  notes: string | null;
  isMarketing: boolean;
  provider: string | null;
  providerMessageId: string | null;
  failureReason: string | null;
  scheduledFor: string | null;
  queuedAt: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  respondedAt: string | null;
  failedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  lead: { id: string; leadNumber: string; firstName: string; lastName: string } | null;
  patient: { id: string; mrn: string; firstName: string; lastName: string } | null;
  template: { id: string; name: string } | null;
  campaign: { id: string; name: string } | null;
  initiatedBy: PersonRef | null;
};

/** POST /crm/communications/send and /schedule: a template with its variables, or a subject and body. */
export type SendMessagePayload = {
  channel: SendableChannel;
  leadId?: string;
  patientId?: string;
  templateId?: string;
  variables?: Record<string, string>;
  subject?: string;
  body?: string;
  isMarketing?: boolean;
  sendAt?: string;
};

/** POST /crm/communications: a call, a visit or a message that happened outside the CRM. */
export type LogCommunicationPayload = {
  channel: CommunicationChannel;
  direction: CommunicationDirection;
  leadId?: string;
  patientId?: string;
  outcome?: string;
  durationSeconds?: number;
  notes?: string;
  subject?: string;
  occurredAt?: string;
  responded?: boolean;
};

/** GET /crm/templates. */
export type MessageTemplate = {
  id: string;
  name: string;
  channel: TemplateChannel;
  category: TemplateCategory;
  subject: string | null;
  content: string;
  variables: string[];
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonRef | null;
};

/** POST /crm/templates/:id/preview. */
export type TemplatePreview = {
  channel: TemplateChannel;
  subject: string | null;
  body: string;
  variables: string[];
  missing: string[];
  sms?: SmsSegments;
};

export type TemplatePreviewParams = { leadId?: string; values?: Record<string, string> };

/** GET /crm/tasks and its views (/my, /today, /overdue). */
export type Task = {
  id: string;
  title: string;
  description: string | null;
  taskType: TaskType;
  status: TaskStatus;
  priority: TaskPriority;
  dueDate: string;
  reminderMinutesBefore: number[];
  overdueAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
  assignedTo: PersonRef | null;
  assignedBy: PersonRef | null;
  lead: { id: string; leadNumber: string; firstName: string; lastName: string } | null;
  patient: { id: string; mrn: string; firstName: string; lastName: string } | null;
  completedOnTime: boolean | null;
};

/** Someone a task can be given to. */
export type StaffMember = PersonRef & { role?: UserRole };

/** GET /notifications. */
export type AppNotification = {
  id: string;
  type: string;
  title: string;
  body: string | null;
  /** A console path such as /tasks/<id>. */
  link: string | null;
  readAt: string | null;
  createdAt: string;
};

export type NotificationPage = { notifications: AppNotification[]; page: number; limit: number; total: number };

/** GET /crm/surveys/:id. */
export type Survey = {
  id: string;
  name: string;
  description: string | null;
  surveyType: SurveyType;
  questions: SurveyQuestion[];
  isAnonymous: boolean;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonRef | null;
  responseCount: number;
  invitationCount: number;
};

/** GET /crm/surveys/:id/responses. */
export type SurveyResponse = {
  id: string;
  submittedAt: string;
  answers: Record<string, number | string | string[]>;
  npsScore: number | null;
  npsCategory: NpsCategory | null;
  csatScore: number | null;
  sentiment: Sentiment | null;
  requiresFollowUp: boolean;
  followUpTaskId: string | null;
  channel: CommunicationChannel | null;
  department: string | null;
  doctor: PersonRef | null;
  patient: { id: string; mrn: string; firstName: string; lastName: string } | null;
};

type SurveyGroupStats = { responses: number; nps: NpsSummary; csat: number | null };

/** GET /crm/surveys/:id/analytics. */
export type SurveyAnalytics = {
  survey: { id: string; name: string; surveyType: SurveyType };
  range: { from: string; to: string; interval: 'week' | 'month'; timezone: string };
  responses: number;
  nps: NpsSummary;
  npsDistribution: Array<{ score: number; count: number }>;
  csat: number | null;
  sentiment: Record<Sentiment, number> & { unknown: number; requiresFollowUp: number };
  trend: Array<SurveyGroupStats & { periodStart: string }>;
  byDoctor: Array<SurveyGroupStats & { doctor: PersonRef | null }>;
  byDepartment: Array<SurveyGroupStats & { department: string | null }>;
  byChannel: Array<{ channel: string; invitationsSent: number; responses: number; notSent: number; responseRate: number | null }>;
};

export type SurveyAnalyticsParams = { from?: string; to?: string; interval?: 'week' | 'month' };

/** A campaign as the API answers it: the draft's fields, its status and the eight counters. */
export type Campaign = {
  id: string;
  name: string;
  description: string | null;
  campaignType: CampaignType;
  status: CampaignStatus;
  channel: SendableChannel;
  audience: AudienceSpec;
  scheduledAt: string | null;
  startedAt: string | null;
  pausedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  costPerMessage: number | null;
  budget: number | null;
  totalRecipients: number;
  sentCount: number;
  deliveredCount: number;
  openedCount: number;
  clickedCount: number;
  respondedCount: number;
  convertedCount: number;
  failedCount: number;
  createdAt: string;
  updatedAt: string;
  template: { id: string; name: string; channel: string; category: string; isActive: boolean } | null;
  createdBy: { id: string; firstName: string; lastName: string } | null;
};

/** The workflow's progress Query, or the send ledger's counts when there is no workflow to ask. */
export type CampaignProgress = {
  status: CampaignStatus;
  startAt?: string;
  totalRecipients: number;
  processed: number;
  sent: number;
  failed: number;
  skipped: number;
  unknown: number;
  source?: 'workflow' | 'database';
};

/** A launch, pause, resume, cancel or reschedule: the campaign with the state its workflow confirmed. */
export type CampaignWithProgress = Campaign & { progress: CampaignProgress };

export type AudienceSampleRow = { contactType: 'PATIENT' | 'LEAD'; firstName: string; lastName: string; [key: string]: unknown };

export type AudiencePreview = {
  channel: SendableChannel;
  audience: AudienceSpec;
  count: { total: number; patients: number; leads: number };
  sample: AudienceSampleRow[];
};

export type CampaignCounters = Pick<
  Campaign,
  'totalRecipients' | 'sentCount' | 'deliveredCount' | 'openedCount' | 'clickedCount' | 'respondedCount' | 'convertedCount' | 'failedCount'
>;

export type CampaignAnalytics = {
  counters: CampaignCounters;
  rates: { deliveryRate: number | null; openRate: number | null; clickRate: number | null; responseRate: number | null; conversionRate: number | null };
  timezone: string;
  daily: Array<{ date: string; sent: number; delivered: number }>;
  cost: { costPerMessage: number | null; messagesSent: number; total: number | null; budget: number | null; budgetRemaining: number | null };
  roi: { attributionWindowDays: number; attributedConversions: number; revenue: Array<{ currency: string; amount: number }>; roiPercent: number | null };
};

export type AssignmentStrategy = 'OFF' | 'ROUND_ROBIN' | 'LEAST_LOADED';

/** GET/PUT /crm/settings: the hospital's CRM settings (admins only). */
export type CrmSettings = {
  id: string;
  hospitalId: string;
  timezone: string;
  autoAssignLeads: boolean;
  assignmentStrategy: AssignmentStrategy;
  autoFollowUpTask: boolean;
  followUpTaskDueHours: number;
  autoSurveyEnabled: boolean;
  surveyDelayHours: number;
  surveyChannel: SendableChannel;
  postVisitSurveyId: string | null;
  postDischargeSurveyId: string | null;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  /** Messages per second per channel; a channel left out has no limit. */
  rateLimits: Partial<Record<SendableChannel, number>> | null;
  frequencyCapPerWeek: number;
  taskReminderMinutes: number[];
  attributionWindowDays: number;
  updatedById: string | null;
  updatedAt: string;
};

/** GET /crm/reports/charts: the series of the seed's seven dashboard charts for one range. */
export type ReportCharts = {
  range: { from: string; to: string; timezone?: string };
  interval: 'day' | 'week' | 'month';
  pipelineFunnel: Array<{ stage: LeadStatus; reached: number; fromPrevious: number | null; fromStart: number | null }>;
  leadsBySource: Array<{ source: LeadSource; leads: number }>;
  leadTrend: Array<{ bucket: string; created: number; converted: number }>;
  conversionBySource: Array<{ source: LeadSource; leads: number; converted: number; lost: number; conversionRate: number | null }>;
  taskCompletion: TaskCompletionSummary & { byStaff: Array<TaskCompletionSummary & { staff: PersonRef }> };
  npsTrend: Array<{ bucket: string; responses: number; nps: number | null }>;
  communicationVolume: Array<{ bucket: string; total: number; byChannel: Partial<Record<CommunicationChannel, number>> }>;
};

export type TaskCompletionSummary = {
  due: number;
  completed: number;
  completedOnTime: number;
  overdueOpen: number;
  completionRate: number | null;
  onTimeRate: number | null;
};
