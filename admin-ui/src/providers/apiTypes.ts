// Shapes of the API contract (/api/v1) that the console reads; the API owns them.
import type { Gender, LeadScoreBreakdown, LeadSource, LeadStatus, UserRole } from '@hospital-crm/domain';

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
  conversionRate: number;
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
