import { useGetIdentity } from 'react-admin';
import type { HospitalSummary } from '../providers/apiTypes';
import { session } from '../providers/session';

/**
 * The hospital the console is scoped to: the one a SUPER_ADMIN switched to, else the user's own.
 * Re-read on every render; a switch refreshes react-admin's queries, identity included.
 */
export const useWorkingHospital = (): { own: HospitalSummary | null; current: HospitalSummary | null } => {
  const { identity } = useGetIdentity();
  const own = (identity?.hospital as HospitalSummary | null | undefined) ?? null;
  return { own, current: session.getHospital() ?? own };
};
