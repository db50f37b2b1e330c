import { describe, expect, it } from '@jest/globals';
import { orderMenuEntries } from './menuOrder';

describe('orderMenuEntries', () => {
  it("follows the plan's section order whatever the registration order", () => {
    expect(orderMenuEntries(['settings', 'tasks', 'leads', 'reports', 'campaigns'])).toEqual(['leads', 'tasks', 'campaigns', 'reports', 'settings']);
  });

  it('puts names the plan does not list last, alphabetically', () => {
    expect(orderMenuEntries(['users', 'leads', 'integrations', 'tags'])).toEqual(['leads', 'integrations', 'tags', 'users']);
  });
});
