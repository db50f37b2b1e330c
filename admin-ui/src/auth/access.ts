// Which sections a role may open, from the domain's role table (the plan's "Access Roles"),
// so the console hides exactly what the API would refuse.
import { AREAS, canAccess, type Area, type UserRole } from '@hospital-crm/domain';

/** Resources and pages that share another area's permission. */
const RESOURCE_AREAS: Record<string, Area> = {
  'my-tasks': 'tasks',
  // a survey's answers, listed on its page
  'survey-responses': 'surveys',
  // the dashboard's metrics come from /crm/reports/dashboard
  dashboard: 'reports',
};

const isArea = (name: string): name is Area => (AREAS as readonly string[]).includes(name);

export const areaOf = (resource: string): Area | null => RESOURCE_AREAS[resource] ?? (isArea(resource) ? resource : null);

/** Resources outside the role table (no area) are refused, like an unknown role. */
export const canAccessResource = (role: string, resource: string): boolean => {
  const area = areaOf(resource);
  return area !== null && canAccess(role as UserRole, area);
};
