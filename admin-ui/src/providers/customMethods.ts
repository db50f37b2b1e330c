// Typed calls beyond CRUD (STYLE.md: moveLead, launchCampaign...): components call these
// through useCrmDataProvider() instead of fetching on their own.
import { LEAD_STATUSES, type AudienceSpec, type LeadStatus, type SendableChannel, type TaskStatus } from '@hospital-crm/domain';
import type { Identifier, RaRecord } from 'react-admin';
import type {
  AppNotification,
  AssignableUser,
  AudiencePreview,
  CampaignAnalytics,
  CampaignProgress,
  CampaignWithProgress,
  Communication,
  ConvertLeadResult,
  CrmSettings,
  DashboardMetrics,
  HospitalSummary,
  LeadDetail,
  LeadStats,
  LeadSummary,
  ListPayload,
  NotificationPage,
  ReportCharts,
  SendMessagePayload,
  StaffMember,
  SurveyAnalytics,
  SurveyAnalyticsParams,
  Tag,
  TagRef,
  Task,
  TemplatePreview,
  TemplatePreviewParams,
  TimelinePage,
} from './apiTypes';
import { boardStatuses } from '../leads/kanban';
import { buildListQuery, CRM_PREFIX, parseListPayload, recordPath } from './dataProviderMapping';
import { http } from './http';

export type MoveLeadParams = { status: LeadStatus; position: number; reason?: string };
export type ChangeLeadStatusParams = { status: LeadStatus; reason?: string };
export type ConvertLeadParams = { mrn?: string; dateOfBirth?: string; gender?: string; address?: string };
export type TimelineParams = { page: number; limit: number };
export type ChangeTaskStatusParams = { status: TaskStatus; outcome?: string };
export type NotificationsParams = { page?: number; limit?: number; unread?: boolean };

/** One Kanban column: the first cards in board order, and how many the column holds in all. */
export type LeadBoardColumn = { leads: LeadSummary[]; total: number };
export type LeadBoard = Record<LeadStatus, LeadBoardColumn>;
export type LeadBoardParams = {
  /** The list's filters (search, source, assignee...); `status` picks the columns fetched. */
  filter?: Record<string, unknown>;
  /** Cards fetched per column (the API serves at most 100 a page). */
  perColumn?: number;
  signal?: AbortSignal;
};

export type CustomMethods = {
  /** Kanban drop: one call persists the new column and the position in it. */
  moveLead(id: Identifier, params: MoveLeadParams): Promise<{ data: LeadDetail }>;
  /** The "Change status" menu; LOST needs a reason, CONVERTED goes through convertLead. */
  changeLeadStatus(id: Identifier, params: ChangeLeadStatusParams): Promise<{ data: LeadDetail }>;
  /** Gives the lead to a staff member, or back to nobody with null. */
  assignLead(id: Identifier, assignedToId: string | null): Promise<{ data: LeadDetail }>;
  /** Lead → patient; idempotent, so a second click returns the same patient. */
  convertLead(id: Identifier, params?: ConvertLeadParams): Promise<{ data: ConvertLeadResult }>;
  /** Activities, communications, tasks and appointments, newest first. */
  getLeadTimeline(id: Identifier, params: TimelineParams): Promise<{ data: TimelinePage }>;
  /** Pipeline totals for the leads page header. */
  getLeadStats(): Promise<{ data: LeadStats }>;
  /** Every Kanban column at once, each in board order (position). */
  getLeadBoard(params?: LeadBoardParams): Promise<{ data: LeadBoard }>;
  /** The hospital's tags, alphabetically. */
  getTags(): Promise<{ data: Tag[] }>;
  /** Attaches tags; answers with the lead's tags after the change. */
  addLeadTags(id: Identifier, tagIds: string[]): Promise<{ data: TagRef[] }>;
  removeLeadTag(id: Identifier, tagId: string): Promise<{ data: TagRef[] }>;
  /** Staff a lead may be assigned to. */
  getAssignableUsers(): Promise<{ data: AssignableUser[] }>;
  /** The eight headline metrics of the dashboard. */
  getDashboard(): Promise<{ data: DashboardMetrics }>;
  /** The series of the dashboard's seven charts over the last 30 days, per day. */
  getReportCharts(signal?: AbortSignal): Promise<{ data: ReportCharts }>;
  /** The hospital's CRM settings (admins only). */
  getSettings(signal?: AbortSignal): Promise<{ data: CrmSettings }>;
  /** Changes the fields named (400/422 name the refused field); answers with every setting after the change. */
  updateSettings(changes: SettingsChanges): Promise<{ data: CrmSettings }>;
  /** Hospitals a SUPER_ADMIN can switch between. */
  getHospitals(): Promise<{ data: HospitalSummary[]; total: number }>;

  /** Sends through the provider now: answered QUEUED (202), its workflow does the sending. */
  sendMessage(payload: SendMessagePayload): Promise<{ data: Communication }>;
  /** The same with `sendAt`: answered SCHEDULED. */
  scheduleMessage(payload: SendMessagePayload & { sendAt: string }): Promise<{ data: Communication }>;
  /** Cancels a waiting message; the answer is the workflow's confirmed state (409 once sending began). */
  cancelMessage(id: Identifier): Promise<{ data: Communication }>;
  /** Moves a waiting message to another time (409 once sending began). */
  rescheduleMessage(id: Identifier, sendAt: string): Promise<{ data: Communication }>;
  /** A saved template rendered with a lead's details and/or given values (422 names a variable without one). */
  previewTemplate(id: Identifier, params: TemplatePreviewParams): Promise<{ data: TemplatePreview }>;
  /** PENDING → IN_PROGRESS → COMPLETED, or CANCELLED (409 for a move the pipeline refuses). */
  changeTaskStatus(id: Identifier, params: ChangeTaskStatusParams): Promise<{ data: Task }>;
  /** Every active staff member (admins only: /users). */
  getActiveStaff(): Promise<{ data: StaffMember[] }>;
  /** Active doctors (lead workers may list them). */
  getDoctors(): Promise<{ data: StaffMember[] }>;
  /** The signed-in user's notifications, newest first. */
  getNotifications(params?: NotificationsParams): Promise<{ data: NotificationPage }>;
  getUnreadNotificationCount(): Promise<{ data: number }>;
  markNotificationRead(id: Identifier): Promise<{ data: Pick<AppNotification, 'id'> }>;
  markAllNotificationsRead(): Promise<{ data: { marked: number } }>;
  /** NPS with its split and distribution, CSAT, sentiment and trend of one survey. */
  getSurveyAnalytics(id: Identifier, params?: SurveyAnalyticsParams): Promise<{ data: SurveyAnalytics }>;

  /** Who an audience reaches now on a channel: counts and the first recipients (400 names `audience.<field>`). */
  previewAudience(channel: SendableChannel, audience: AudienceSpec, signal?: AbortSignal): Promise<{ data: AudiencePreview }>;
  /** DRAFT → RUNNING, or SCHEDULED until `startAt` (409 once not a draft, 422 without template/budget). */
  launchCampaign(id: Identifier, startAt?: string): Promise<{ data: CampaignWithProgress }>;
  /** Pause, resume or cancel: the state the workflow confirmed (409 with its reason for an illegal move). */
  changeCampaign(id: Identifier, action: CampaignControl): Promise<{ data: CampaignWithProgress }>;
  /** Moves a SCHEDULED campaign's start. */
  scheduleCampaign(id: Identifier, startAt: string): Promise<{ data: CampaignWithProgress }>;
  getCampaignProgress(id: Identifier, signal?: AbortSignal): Promise<{ data: CampaignProgress }>;
  getCampaignAnalytics(id: Identifier, signal?: AbortSignal): Promise<{ data: CampaignAnalytics }>;
};

export type CampaignControl = 'pause' | 'resume' | 'cancel';
/** What PUT /crm/settings accepts: the settings less their bookkeeping, every field optional. */
export type SettingsChanges = Partial<Omit<CrmSettings, 'id' | 'hospitalId' | 'updatedById' | 'updatedAt'>>;

const leadPath = (id: Identifier, action: string) => `${recordPath('leads', id)}/${action}`;
const actionPath = (resource: string, id: Identifier, action: string) => `${recordPath(resource, id)}/${action}`;

/** Query params without the blanks. */
const params = (entries: Array<[string, string | number | boolean | undefined]>): Array<[string, string]> =>
  entries
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => [key, String(value)]);

export const customMethods: CustomMethods = {
  moveLead: async (id, params) => ({
    data: await http<LeadDetail>(leadPath(id, 'move'), { method: 'PATCH', body: params }),
  }),

  changeLeadStatus: async (id, params) => ({
    data: await http<LeadDetail>(leadPath(id, 'status'), { method: 'PATCH', body: params }),
  }),

  assignLead: async (id, assignedToId) => ({
    data: await http<LeadDetail>(leadPath(id, 'assign'), { method: 'PATCH', body: { assignedToId } }),
  }),

  convertLead: async (id, params = {}) => ({
    data: await http<ConvertLeadResult>(leadPath(id, 'convert'), { method: 'POST', body: params }),
  }),

  getLeadTimeline: async (id, { page, limit }) => ({
    data: await http<TimelinePage>(leadPath(id, 'timeline'), {
      query: [
        ['page', String(page)],
        ['limit', String(limit)],
      ],
    }),
  }),

  getLeadStats: async () => ({
    data: await http<LeadStats>(`${CRM_PREFIX}/leads/stats`),
  }),

  getLeadBoard: async ({ filter = {}, perColumn = 50, signal } = {}) => {
    const { status, ...rest } = filter;
    const statuses = boardStatuses(status);
    const columns = await Promise.all(
      statuses.map(async (column) => {
        const payload = await http<ListPayload>(`${CRM_PREFIX}/leads`, {
          query: buildListQuery({
            pagination: { page: 1, perPage: perColumn },
            sort: { field: 'position', order: 'ASC' },
            filter: { ...rest, status: column },
          }),
          signal,
        });
        const { data, total } = parseListPayload<LeadSummary & RaRecord>('leads', payload);
        return [column, { leads: data, total }] as const;
      }),
    );
    const board = Object.fromEntries(LEAD_STATUSES.map((s) => [s, { leads: [], total: 0 }])) as unknown as LeadBoard;
    for (const [column, content] of columns) board[column] = content;
    return { data: board };
  },

  getTags: async () => {
    const payload = await http<ListPayload>(`${CRM_PREFIX}/tags`, { query: [['limit', '100']] });
    return { data: parseListPayload<Tag & RaRecord>('tags', payload).data };
  },

  addLeadTags: async (id, tagIds) => ({
    data: await http<TagRef[]>(leadPath(id, 'tags'), { method: 'POST', body: { tagIds } }),
  }),

  removeLeadTag: async (id, tagId) => ({
    data: await http<TagRef[]>(`${leadPath(id, 'tags')}/${encodeURIComponent(tagId)}`, { method: 'DELETE' }),
  }),

  getAssignableUsers: async () => {
    const payload = await http<ListPayload>('/users/assignable');
    return { data: parseListPayload<AssignableUser & RaRecord>('users', payload).data };
  },

  getDashboard: async () => ({
    data: await http<DashboardMetrics>(`${CRM_PREFIX}/reports/dashboard`),
  }),

  getReportCharts: async (signal) => ({
    data: await http<ReportCharts>(`${CRM_PREFIX}/reports/charts`, { signal }),
  }),

  getSettings: async (signal) => ({
    data: await http<CrmSettings>(`${CRM_PREFIX}/settings`, { signal }),
  }),

  updateSettings: async (changes) => ({
    data: await http<CrmSettings>(`${CRM_PREFIX}/settings`, { method: 'PUT', body: changes }),
  }),

  getHospitals: async () => {
    const payload = await http<ListPayload>('/hospitals', { query: [['limit', '100']] });
    return parseListPayload<HospitalSummary & RaRecord>('hospitals', payload);
  },

  sendMessage: async (payload) => ({
    data: await http<Communication>(`${CRM_PREFIX}/communications/send`, { method: 'POST', body: payload }),
  }),

  scheduleMessage: async (payload) => ({
    data: await http<Communication>(`${CRM_PREFIX}/communications/schedule`, { method: 'POST', body: payload }),
  }),

  cancelMessage: async (id) => ({
    data: await http<Communication>(actionPath('communications', id, 'cancel'), { method: 'POST' }),
  }),

  rescheduleMessage: async (id, sendAt) => ({
    data: await http<Communication>(actionPath('communications', id, 'schedule'), { method: 'PATCH', body: { sendAt } }),
  }),

  previewTemplate: async (id, body) => ({
    data: await http<TemplatePreview>(actionPath('templates', id, 'preview'), { method: 'POST', body }),
  }),

  changeTaskStatus: async (id, body) => ({
    data: await http<Task>(actionPath('tasks', id, 'status'), { method: 'PATCH', body }),
  }),

  getActiveStaff: async () => {
    const payload = await http<ListPayload>('/users', {
      query: params([
        ['isActive', true],
        ['limit', 100],
      ]),
    });
    return { data: parseListPayload<StaffMember & RaRecord>('users', payload).data };
  },

  getDoctors: async () => {
    const payload = await http<ListPayload>('/users/doctors');
    return { data: parseListPayload<StaffMember & RaRecord>('users', payload).data };
  },

  getNotifications: async ({ page = 1, limit = 10, unread } = {}) => ({
    data: await http<NotificationPage>('/notifications', {
      query: params([
        ['page', page],
        ['limit', limit],
        ['unread', unread],
      ]),
    }),
  }),

  getUnreadNotificationCount: async () => ({
    data: (await http<{ unread: number }>('/notifications/unread-count')).unread,
  }),

  markNotificationRead: async (id) => ({
    data: await http<Pick<AppNotification, 'id'>>(`/notifications/${encodeURIComponent(String(id))}/read`, { method: 'PATCH' }),
  }),

  markAllNotificationsRead: async () => ({
    data: await http<{ marked: number }>('/notifications/read-all', { method: 'POST' }),
  }),

  getSurveyAnalytics: async (id, { from, to, interval } = {}) => ({
    data: await http<SurveyAnalytics>(actionPath('surveys', id, 'analytics'), {
      query: params([
        ['from', from],
        ['to', to],
        ['interval', interval],
      ]),
    }),
  }),

  previewAudience: async (channel, audience, signal) => ({
    data: await http<AudiencePreview>(`${CRM_PREFIX}/campaigns/audience/preview`, { method: 'POST', body: { channel, audience }, signal }),
  }),

  launchCampaign: async (id, startAt) => ({
    data: await http<CampaignWithProgress>(actionPath('campaigns', id, 'launch'), { method: 'POST', body: startAt ? { startAt } : {} }),
  }),

  changeCampaign: async (id, action) => ({
    data: await http<CampaignWithProgress>(actionPath('campaigns', id, action), { method: 'PATCH' }),
  }),

  scheduleCampaign: async (id, startAt) => ({
    data: await http<CampaignWithProgress>(actionPath('campaigns', id, 'schedule'), { method: 'PATCH', body: { startAt } }),
  }),

  getCampaignProgress: async (id, signal) => ({
    data: await http<CampaignProgress>(actionPath('campaigns', id, 'progress'), { signal }),
  }),

  getCampaignAnalytics: async (id, signal) => ({
    data: await http<CampaignAnalytics>(actionPath('campaigns', id, 'analytics'), { signal }),
  }),
};
