// Shapes of the API contract (/api/v1) that the console reads; the API owns them.
import type { UserRole } from '@hospital-crm/domain';

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
