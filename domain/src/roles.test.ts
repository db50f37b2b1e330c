import { USER_ROLES, type UserRole } from './enums';
import { type Area, AREAS, canAccess, ROLE_AREAS } from './roles';

const EXPECTED: Record<UserRole, readonly Area[]> = {
  SUPER_ADMIN: AREAS,
  HOSPITAL_ADMIN: AREAS,
  RECEPTIONIST: ['leads', 'communications', 'tasks', 'tags'],
  DOCTOR: ['tasks'],
  NURSE: ['tasks'],
  STAFF: ['tasks'],
};
const EVERY_PAIR = USER_ROLES.flatMap((role) => AREAS.map((area): [UserRole, Area, boolean] => [role, area, EXPECTED[role].includes(area)]));

describe('roles', () => {
  it('covers every role', () => {
    expect(Object.keys(ROLE_AREAS).sort()).toEqual([...USER_ROLES].sort());
  });

  it.each(EVERY_PAIR)('%s may use %s: %p', (role, area, allowed) => {
    expect(canAccess(role, area)).toBe(allowed);
  });

  it.each([
    ['GUEST', 'leads'],
    ['RECEPTIONIST', 'billing'],
    ['toString', 'leads'],
  ])('refuses an unknown role or area (%s, %s)', (role, area) => {
    expect(canAccess(role as UserRole, area as Area)).toBe(false);
  });
});
