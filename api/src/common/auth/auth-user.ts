import type { UserRole } from '@hospital-crm/domain';

/** The signed-in user as every handler sees it. */
export interface AuthUser {
  id: string;
  email: string;
  role: UserRole;
  /** The user's own hospital (null for a SUPER_ADMIN without one). */
  homeHospitalId: string | null;
  /** The hospital this request acts on: the user's own, or the one a SUPER_ADMIN chose. */
  hospitalId: string | null;
}

/** What the access token carries. */
export interface TokenPayload {
  sub: string;
  role: UserRole;
  hid: string | null;
}

export const HOSPITAL_HEADER = 'x-hospital-id';
