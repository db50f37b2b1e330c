// Who a task can be given to, as far as the signed-in role may see: admins every active staff
// member (/users); lead workers the lead owners and the doctors; everyone else only themselves.
import { useQuery } from '@tanstack/react-query';
import { useCanAccess } from 'react-admin';
import type { StaffMember } from '../providers/apiTypes';
import { useCrmDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';

const byName = (a: StaffMember, b: StaffMember) => a.firstName.localeCompare(b.firstName) || a.lastName.localeCompare(b.lastName);

export const useTaskAssignees = () => {
  const dataProvider = useCrmDataProvider();
  const staff = useCanAccess({ action: 'list', resource: 'users' });
  const leads = useCanAccess({ action: 'list', resource: 'leads' });
  const scope = staff.canAccess ? 'staff' : leads.canAccess ? 'lead-workers' : 'self';
  const query = useQuery({
    queryKey: ['users', 'task-assignees', scope],
    enabled: !staff.isPending && !leads.isPending,
    staleTime: 5 * 60_000,
    retry: false,
    queryFn: async (): Promise<StaffMember[]> => {
      if (scope === 'staff') return (await dataProvider.getActiveStaff()).data;
      if (scope === 'lead-workers') {
        const [owners, doctors] = await Promise.all([dataProvider.getAssignableUsers(), dataProvider.getDoctors()]);
        return [...owners.data, ...doctors.data.filter((doctor) => !owners.data.some((owner) => owner.id === doctor.id))];
      }
      return [];
    },
  });
  const user = session.getUser();
  const self: StaffMember | null = user ? { id: user.id, firstName: user.firstName, lastName: user.lastName, role: user.role } : null;
  const people = [...(query.data ?? [])];
  if (self && !people.some((person) => person.id === self.id)) people.push(self);
  return { ...query, data: people.sort(byName), selfId: self?.id ?? null };
};
