// Typed calls beyond CRUD (STYLE.md: moveLead, launchCampaign...): components call these
// through useCrmDataProvider() instead of fetching on their own.
import type { Identifier, RaRecord } from 'react-admin';
import type { DashboardMetrics, HospitalSummary, ListPayload } from './apiTypes';
import { CRM_PREFIX, parseListPayload, recordPath } from './dataProviderMapping';
import { http } from './http';

export type MoveLeadParams = { status: string; position: number };

export type CustomMethods = {
  /** Kanban drop: one call persists the new column and the position in it. */
  moveLead(id: Identifier, params: MoveLeadParams): Promise<{ data: RaRecord }>;
  /** The eight headline metrics of the dashboard. */
  getDashboard(): Promise<{ data: DashboardMetrics }>;
  /** Hospitals a SUPER_ADMIN can switch between. */
  getHospitals(): Promise<{ data: HospitalSummary[]; total: number }>;
};

export const customMethods: CustomMethods = {
  moveLead: async (id, params) => ({
    data: await http<RaRecord>(`${recordPath('leads', id)}/move`, { method: 'PATCH', body: params }),
  }),

  getDashboard: async () => ({
    data: await http<DashboardMetrics>(`${CRM_PREFIX}/reports/dashboard`),
  }),

  getHospitals: async () => {
    const payload = await http<ListPayload>('/hospitals', { query: [['limit', '100']] });
    return parseListPayload<HospitalSummary & RaRecord>('hospitals', payload);
  },
};
