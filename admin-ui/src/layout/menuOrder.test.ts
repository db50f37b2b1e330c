import { describe, expect, it } from '@jest/globals';
import { canAccessResource } from '../auth/access';
import { orderMenuEntries } from './menuOrder';

describe('orderMenuEntries', () => {
  it("follows the plan's section order whatever the registration order", () => {
    expect(orderMenuEntries(['settings', 'tasks', 'leads', 'reports', 'campaigns'])).toEqual(['leads', 'tasks', 'campaigns', 'reports', 'settings']);
  });

  it('puts names the plan does not list last, alphabetically', () => {
    expect(orderMenuEntries(['users', 'leads', 'integrations', 'tags'])).toEqual(['leads', 'integrations', 'tags', 'users']);
  });
});

describe('menu per role', () => {
  // the resources App.tsx registers, in registration order
  const registered = ['leads', 'communications', 'tasks', 'surveys', 'templates'];
  const menuFor = (role: string) => orderMenuEntries(registered).filter((name) => canAccessResource(role, name));

  it.each([
    ['RECEPTIONIST', ['leads', 'communications', 'tasks']],
    ['HOSPITAL_ADMIN', ['leads', 'communications', 'tasks', 'surveys', 'templates']],
    ['SUPER_ADMIN', ['leads', 'communications', 'tasks', 'surveys', 'templates']],
    ['DOCTOR', ['tasks']],
    ['NURSE', ['tasks']],
    ['STAFF', ['tasks']],
  ])('%s sees %p', (role, expected) => {
    expect(menuFor(role)).toEqual(expected);
  });
});
