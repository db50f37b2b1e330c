// The plan's access table as data: which CRM areas each role may use.
import type { UserRole } from './enums';

export const AREAS = ['leads', 'communications', 'tasks', 'templates', 'campaigns', 'surveys', 'reports', 'settings', 'tags', 'users', 'integrations'] as const;
export type Area = (typeof AREAS)[number];

// Receptionists also get tags because tags are attached to leads; doctors, nurses and other
// staff are assignable and only see tasks (their own, enforced by the API).
export const ROLE_AREAS: Readonly<Record<UserRole, readonly Area[]>> = {
  SUPER_ADMIN: AREAS,
  HOSPITAL_ADMIN: AREAS,
  RECEPTIONIST: ['leads', 'communications', 'tasks', 'tags'],
  DOCTOR: ['tasks'],
  NURSE: ['tasks'],
  STAFF: ['tasks'],
};

/** False for a role or area it does not know (e.g. a stale token), never a throw. */
export function canAccess(role: UserRole, area: Area): boolean {
  return Object.prototype.hasOwnProperty.call(ROLE_AREAS, role) && ROLE_AREAS[role].includes(area);
}
